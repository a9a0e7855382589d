import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanBuilder } from "@/components/plan-builder/plan-builder";
import { requireClinician } from "@/lib/auth/current-actor";
import { listExercises } from "@/lib/data/exercises";
import { getPlans } from "@/lib/data/plans";
import { getRunner } from "@/lib/data/runners";
import { today } from "@/lib/dates";
import { formatDay } from "@/lib/date-format";
import { toDraftItems } from "@/lib/plans/draft";
import { phasesAhead, versionToShow } from "@/lib/rules/plan-version";
import { phaseName } from "@/lib/rules/progression";
import { revisePlanAction } from "../../../../actions";

export const metadata: Metadata = { title: "Edit plan" };

export default async function EditPlanPage({ params }: { params: Promise<{ runnerId: string }> }) {
  const actor = await requireClinician();
  const { runnerId } = await params;
  const runner = await getRunner(actor, runnerId);
  if (!runner) notFound();
  const [plans, library] = await Promise.all([getPlans(actor, runnerId), listExercises(actor)]);
  const active = plans.find((p) => p.status === "active");
  if (!active) notFound();
  // Edit from the version in force today; the phases to come are shown, kept unless the clinician replaces them.
  const date = today(runner.timeZone);
  const current = versionToShow(active.versions, date)!;
  const ahead = phasesAhead(active.versions, date).map((v) => ({ version: v.version, from: v.waiting ? `when earned, not before ${formatDay(v.effectiveFrom)}` : formatDay(v.effectiveFrom), note: phaseName(v) }));
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Edit {runner.name}&apos;s plan</h1>
      <p className="mb-4 text-sm text-slate-600">
        Editing version {current.version}. Saving creates version {Math.max(...active.versions.map((v) => v.version)) + 1}; earlier versions stay readable and logs keep pointing at them.
      </p>
      <PlanBuilder
        action={revisePlanAction.bind(null, runnerId, active.id)}
        library={library}
        draft={{ title: active.title, goal: active.goal, startDate: active.startDate, items: toDraftItems(current.items.map((i) => i.prescription)) }}
        revision
        phasesAhead={ahead}
        submitLabel="Save as new version"
      />
    </>
  );
}
