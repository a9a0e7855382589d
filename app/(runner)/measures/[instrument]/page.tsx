import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { MeasureForm } from "@/components/measures/measure-form";
import { requireRunner } from "@/lib/auth/current-actor";
import { getMeasures } from "@/lib/data/measures";
import { formatDay } from "@/lib/date-format";
import { timingWords } from "@/lib/outcomes/timing-words";
import { INSTRUMENTS } from "@/lib/outcomes/instruments";
import { isFilledInstrument } from "@/lib/validation/measures";
import { saveMeasureAction } from "../actions";

type Props = { params: Promise<{ instrument: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { instrument } = await params;
  return { title: isFilledInstrument(instrument) ? INSTRUMENTS[instrument].name : "Not found" };
}

/** The PSFS or the GROC, on the runner's phone; the LEFS has its own page of 20 questions (/lefs). */
export default async function MeasurePage({ params }: Props) {
  const { instrument: id } = await params;
  if (!isFilledInstrument(id)) notFound();
  const actor = await requireRunner();
  const { measures, dischargedOn, days } = await getMeasures(actor, actor.id);
  const measure = measures.find((m) => m.instrument.id === id)!;
  const instrument = measure.instrument;
  const heading = <h1 className="mb-1 text-2xl font-semibold">{instrument.name}</h1>;
  if (dischargedOn) {
    return (
      <>
        {heading}
        <p role="status" className="rounded-md bg-brand-50 p-3 text-sm">
          Your physio discharged you on {formatDay(dischargedOn)}: there is no questionnaire to fill. Your scores stay on your progress page.
        </p>
      </>
    );
  }
  // Later PSFS fills rate the activities named in this episode's first, so the change compares like with like.
  const named = id === "psfs" ? (measure.first?.activities ?? null) : null;
  return (
    <>
      {heading}
      <p className="mb-4 text-sm text-slate-600">
        {instrument.ownItems ? (named ? "Rate the same activities as last time, each from 0 (unable) to 10 (as before the injury)." : instrument.ownItems.prompt) : instrument.stem}
        {measure.schedule ? ` Your physio asks for it ${timingWords(measure.schedule)}.` : ""}
        {measure.due === "discharge" ? " This is the one your physio asked for before discharge." : ""}
        {!measure.due && measure.nextReview && measure.nextReview > days.today ? ` The next one is due ${formatDay(measure.nextReview)}; you can fill one now as well.` : ""}
      </p>
      <MeasureForm action={saveMeasureAction} clientId={randomUUID()} instrument={instrument} named={named} kept={(await getTranslations("offline"))("keptQuestionnaire")} />
    </>
  );
}
