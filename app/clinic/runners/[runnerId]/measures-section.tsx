import type { Locale } from "@/lib/i18n/locales";
import type { MeasureView } from "@/lib/data/measures";
import { formatDay } from "@/lib/date-format";
import { timingWords } from "@/lib/outcomes/timing-words";
import { scoreWords, verdictWords } from "@/lib/outcomes/words";
import { scheduleMeasureAction, stopMeasureAction } from "./measure-actions";
import { MeasureScheduleForm } from "./measure-schedule-form";

const OCCASION = { intake: "due now (intake)", review: "due now", discharge: "due now (discharge)" } as const;

/** One measure on the runner's page: when it is asked, its scores with the verdict, and its schedule. */
function MeasureBlock({ runnerId, measure, today }: { runnerId: string; measure: MeasureView; today: string }) {
  const { instrument, schedule, latest, first, change, due } = measure;
  const headingId = `measure-${instrument.id}`;
  return (
    <section aria-labelledby={headingId} className="border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
      <h3 id={headingId} className="font-semibold">
        {instrument.name} ({instrument.short})
      </h3>
      <p className="text-sm text-slate-700">
        {schedule ? `Asked ${timingWords(schedule)}${schedule.everyDays && measure.nextReview ? `; next review ${formatDay(measure.nextReview)}` : ""}.` : "Not scheduled."}
        {due ? ` ${OCCASION[due]}.` : ""}
      </p>
      {latest ? (
        <p className="text-sm">
          {scoreWords(instrument, latest.score)} on {formatDay(latest.date)}. {verdictWords(instrument, change, first === latest ? null : first!.date)}
          {latest.activities.length ? ` Activities: ${latest.activities.map((a, i) => `${a} ${latest.answers[i]}`).join("; ")}.` : ""}
        </p>
      ) : null}
      <MeasureScheduleForm
        action={scheduleMeasureAction.bind(null, runnerId, instrument.id)}
        short={instrument.short}
        current={{ atIntake: schedule?.atIntake ?? false, everyDays: schedule?.everyDays ? String(schedule.everyDays) : "", atDischarge: schedule?.atDischarge ?? false, startsOn: schedule?.startsOn ?? today }}
      />
      {schedule ? (
        <form action={stopMeasureAction.bind(null, runnerId, instrument.id)}>
          <button type="submit" className="min-h-11 text-sm font-medium text-brand-700 underline">
            Stop asking for the {instrument.short}
          </button>
        </form>
      ) : null}
    </section>
  );
}

export function MeasuresSection({ runnerId, measures, today }: { runnerId: string; measures: MeasureView[]; today: string }) {
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">A change counts as real only past each measure&apos;s threshold: LEFS 9 points, PSFS 2 points on the mean, GROC a rating of 3 either way.</p>
      {measures.map((m) => (
        <MeasureBlock key={m.instrument.id} runnerId={runnerId} measure={m} today={today} />
      ))}
    </div>
  );
}

/** The closed section's line: which measures are asked. */
export const measuresSummary = (measures: MeasureView[], locale: Locale, none: string) =>
  measures.filter((m) => m.schedule).map((m) => `${m.instrument.short} ${timingWords(m.schedule!, locale)}`).join(" · ") || none;
