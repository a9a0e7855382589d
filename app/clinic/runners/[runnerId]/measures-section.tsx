import { instrumentsIn } from "@/lib/outcomes/instruments";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { MeasureView } from "@/lib/data/measures";
import { formatDay } from "@/lib/date-format";
import { timingWords } from "@/lib/outcomes/timing-words";
import { scoreWords, verdictWords } from "@/lib/outcomes/words";
import { scheduleMeasureAction, stopMeasureAction } from "./measure-actions";
import { MeasureScheduleForm } from "./measure-schedule-form";


/** One measure on the runner's page: when it is asked, its scores with the verdict, and its schedule. */
function MeasureBlock({ runnerId, measure, today }: { runnerId: string; measure: MeasureView; today: string }) {
  const t = useTranslations("measuresSection");
  const locale = useLocale();
  const { schedule, latest, first, change, due } = measure;
  const instrument = instrumentsIn(locale)[measure.instrument.id];
  const occasion = due ? t(`occasion.${due}`) : null;
  const headingId = `measure-${instrument.id}`;
  return (
    <section aria-labelledby={headingId} className="border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
      <h3 id={headingId} className="font-semibold">
        {instrument.name} ({instrument.short})
      </h3>
      <p className="text-sm text-slate-700">
        {schedule ? t("asked", { timing: timingWords(schedule, locale), next: schedule.everyDays && measure.nextReview ? formatDay(measure.nextReview, locale) : "none" }) : t("notScheduled")}
        {occasion ? ` ${occasion}.` : null}
      </p>
      {latest ? (
        <p className="text-sm">
          {t("scoreOn", { score: scoreWords(instrument, latest.score, locale), date: formatDay(latest.date, locale) })} {verdictWords(instrument, change, first === latest ? null : first!.date, locale)}
          {latest.activities.length ? t("activities", { activities: latest.activities.map((a, i) => `${a} ${latest.answers[i]}`).join("; ") }) : null}
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
            {t("stop", { short: instrument.short })}
          </button>
        </form>
      ) : null}
    </section>
  );
}

export function MeasuresSection({ runnerId, measures, today }: { runnerId: string; measures: MeasureView[]; today: string }) {
  const t = useTranslations("measuresSection");
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-600">{t("threshold")}</p>
      {measures.map((m) => (
        <MeasureBlock key={m.instrument.id} runnerId={runnerId} measure={m} today={today} />
      ))}
    </div>
  );
}

/** The closed section's line: which measures are asked. */
export const measuresSummary = (measures: MeasureView[], locale: Locale, none: string) =>
  measures.filter((m) => m.schedule).map((m) => `${m.instrument.short} ${timingWords(m.schedule!, locale)}`).join(" · ") || none;
