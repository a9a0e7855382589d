import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanBuilder } from "@/components/plan-builder/plan-builder";
import { requireClinician } from "@/lib/auth/current-actor";
import { listExercises } from "@/lib/data/exercises";
import { getTemplate, listTemplates } from "@/lib/data/plans";
import { getRunner } from "@/lib/data/runners";
import { today } from "@/lib/dates";
import { formatDay } from "@/lib/date-format";
import { toDraftItems } from "@/lib/plans/draft";
import { phaseStartDates } from "@/lib/plans/phases";
import { createPlanAction } from "../../../../actions";

export const metadata: Metadata = { title: "New plan" };

export default async function NewPlanPage({ params, searchParams }: { params: Promise<{ runnerId: string }>; searchParams: Promise<{ template?: string }> }) {
  const actor = await requireClinician();
  const { runnerId } = await params;
  const { template: templateId } = await searchParams;
  const runner = await getRunner(actor, runnerId);
  if (!runner) notFound();
  const [templates, library, template] = await Promise.all([listTemplates(actor), listExercises(actor), templateId ? getTemplate(actor, templateId) : null]);
  const start = today(runner.timeZone);
  const starts = template ? phaseStartDates(template.phases.map((p) => ({ phase: p.phase, phaseWeeks: p.weeks })), start) : new Map<number, string>();
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">New plan for {runner.name}</h1>
      <nav aria-label="Templates" className="mb-4 flex flex-wrap gap-2 text-sm">
        <span className="content-center text-slate-600">Start from:</span>
        <Link href={`/clinic/runners/${runnerId}/plan/new`} aria-current={!template ? "page" : undefined} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
          Scratch
        </Link>
        {templates.map((t) => (
          <Link key={t.id} href={`/clinic/runners/${runnerId}/plan/new?template=${t.id}`} aria-current={template?.id === t.id ? "page" : undefined} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {t.name}
          </Link>
        ))}
      </nav>
      {template && template.phases.length > 1 ? (
        <p role="note" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          This template has {template.phases.length} phases; each is below, to read and change before the plan is created. {template.phases[0]!.label} starts with the plan. Each later phase waits until it is earned (its minimum length passed, the last 3 sessions green with settled mornings, 7 days clear of red) and you approve it, or the plan progresses by itself.
        </p>
      ) : null}
      <PlanBuilder
        key={template?.id ?? "scratch"}
        action={createPlanAction.bind(null, runnerId, template?.id)}
        library={library}
        draft={{ title: template?.name ?? "", goal: runner.goal, startDate: start, items: toDraftItems(template?.phases[0]?.items ?? []) }}
        revision={false}
        submitLabel="Create plan"
        firstPhase={template && template.phases.length > 1 ? template.phases[0]!.label : ""}
        later={(template?.phases.slice(1) ?? []).map((p) => ({ label: p.label, when: `not before ${formatDay(starts.get(p.phase)!)} if the plan starts today`, items: toDraftItems(p.items) }))}
      />
    </>
  );
}
