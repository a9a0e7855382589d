import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { libraryChoices } from "@/components/plan-builder/library-choices";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("newTitle") };
}

export default async function NewPlanPage({ params, searchParams }: { params: Promise<{ runnerId: string }>; searchParams: Promise<{ template?: string }> }) {
  const actor = await requireClinician();
  const { runnerId } = await params;
  const { template: templateId } = await searchParams;
  const runner = await getRunner(actor, runnerId);
  if (!runner) notFound();
  const [templates, library, template, t, locale] = await Promise.all([listTemplates(actor), listExercises(actor), templateId ? getTemplate(actor, templateId) : null, getTranslations("plans"), getLocale()]);
  const start = today(runner.timeZone);
  const starts = template ? phaseStartDates(template.phases.map((p) => ({ phase: p.phase, phaseWeeks: p.weeks })), start) : new Map<number, string>();
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("newFor", { name: runner.name })}</h1>
      <nav aria-label={t("templates")} className="mb-4 flex flex-wrap gap-2 text-sm">
        <span className="content-center text-slate-600">{t("startFrom")}</span>
        <Link href={`/clinic/runners/${runnerId}/plan/new`} aria-current={!template ? "page" : undefined} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
          {t("scratch")}
        </Link>
        {templates.map((tp) => (
          <Link key={tp.id} href={`/clinic/runners/${runnerId}/plan/new?template=${tp.id}`} aria-current={template?.id === tp.id ? "page" : undefined} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
            {tp.name}
          </Link>
        ))}
      </nav>
      {template && template.phases.length > 1 ? (
        <p role="note" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {t("phased", { count: template.phases.length, first: template.phases[0]!.label })}
        </p>
      ) : null}
      <PlanBuilder
        key={template?.id ?? "scratch"}
        action={createPlanAction.bind(null, runnerId, template?.id)}
        library={libraryChoices(library, locale)}
        draft={{ title: template?.name ?? "", goal: runner.goal, startDate: start, items: toDraftItems(template?.phases[0]?.items ?? []) }}
        revision={false}
        submitLabel={t("create")}
        firstPhase={template && template.phases.length > 1 ? template.phases[0]!.label : ""}
        later={(template?.phases.slice(1) ?? []).map((p) => ({ label: p.label, when: t("notBefore", { date: formatDay(starts.get(p.phase)!, locale) }), items: toDraftItems(p.items) }))}
      />
    </>
  );
}
