import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { libraryChoices } from "@/components/plan-builder/library-choices";
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
import { valueIn } from "@/lib/i18n/say";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("editTitle") };
}

export default async function EditPlanPage({ params }: { params: Promise<{ runnerId: string }> }) {
  const actor = await requireClinician();
  const { runnerId } = await params;
  const runner = await getRunner(actor, runnerId);
  if (!runner) notFound();
  const [plans, library, t, locale] = await Promise.all([getPlans(actor, runnerId), listExercises(actor), getTranslations("plans"), getLocale()]);
  const active = plans.find((p) => p.status === "active");
  if (!active) notFound();
  // Edit from the version in force today; the phases to come are shown, kept unless the clinician replaces them.
  const date = today(runner.timeZone);
  const current = versionToShow(active.versions, date)!;
  const ahead = phasesAhead(active.versions, date).map((v) => ({ version: v.version, from: v.waiting ? t("whenEarned", { date: formatDay(v.effectiveFrom, locale) }) : formatDay(v.effectiveFrom, locale), note: String(valueIn(locale, phaseName(v))) }));
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("editFor", { name: runner.name })}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("editing", { current: current.version, next: Math.max(...active.versions.map((v) => v.version)) + 1 })}</p>
      <PlanBuilder
        action={revisePlanAction.bind(null, runnerId, active.id)}
        library={libraryChoices(library, locale)}
        draft={{ title: active.title, goal: active.goal, startDate: active.startDate, items: toDraftItems(current.items.map((i) => i.prescription)) }}
        revision
        phasesAhead={ahead}
        submitLabel={t("saveVersion")}
      />
    </>
  );
}
