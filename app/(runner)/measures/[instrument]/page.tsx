import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { MeasureForm } from "@/components/measures/measure-form";
import { requireRunner } from "@/lib/auth/current-actor";
import { getMeasures } from "@/lib/data/measures";
import { formatDay } from "@/lib/date-format";
import { instrumentsIn } from "@/lib/outcomes/instruments";
import { timingWords } from "@/lib/outcomes/timing-words";
import { isFilledInstrument } from "@/lib/validation/measures";
import { saveMeasureAction } from "../actions";

type Props = { params: Promise<{ instrument: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { instrument } = await params;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("measures")]);
  return { title: isFilledInstrument(instrument) ? instrumentsIn(locale)[instrument].name : t("notFound") };
}

/** The PSFS or the GROC, on the runner's phone; the LEFS has its own page of 20 questions (/lefs). */
export default async function MeasurePage({ params }: Props) {
  const { instrument: id } = await params;
  if (!isFilledInstrument(id)) notFound();
  const actor = await requireRunner();
  const [{ measures, dischargedOn, days }, t, common, offline, locale] = await Promise.all([
    getMeasures(actor, actor.id),
    getTranslations("measures"),
    getTranslations("common"),
    getTranslations("offline"),
    getLocale(),
  ]);
  const measure = measures.find((m) => m.instrument.id === id)!;
  const instrument = instrumentsIn(locale)[id];
  const heading = <h1 className="mb-1 text-2xl font-semibold">{instrument.name}</h1>;
  if (dischargedOn) {
    return (
      <>
        {heading}
        <p role="status" className="rounded-md bg-brand-50 p-3 text-sm">
          {t("discharged", { date: formatDay(dischargedOn, locale) })}
        </p>
      </>
    );
  }
  // Later PSFS fills rate the activities named in this episode's first, so the change compares like with like.
  const named = id === "psfs" ? (measure.first?.activities ?? null) : null;
  const slots = [1, 2, 3];
  return (
    <>
      {heading}
      <p className="mb-4 text-sm text-slate-600">
        {instrument.ownItems ? (named ? t("sameActivities") : instrument.ownItems.prompt) : instrument.stem}
        {measure.schedule ? ` ${t("asks", { timing: timingWords(measure.schedule, locale) })}` : null}
        {measure.due === "discharge" ? ` ${t("forDischarge")}` : null}
        {!measure.due && measure.nextReview && measure.nextReview > days.today ? ` ${t("nextDue", { date: formatDay(measure.nextReview, locale) })}` : null}
      </p>
      <MeasureForm
        action={saveMeasureAction}
        clientId={randomUUID()}
        instrument={instrument}
        named={named}
        words={{
          kept: offline("keptQuestionnaire"),
          saving: common("saving"),
          save: t("save"),
          activity: t.raw("activity"),
          activityFields: slots.map((n) => t("activityField", { n })),
          howAble: slots.map((n) => t("howAble", { n })),
          activityHint: t("activityHint"),
          unable: t("unable"),
          asBefore: t("asBefore"),
        }}
      />
    </>
  );
}
