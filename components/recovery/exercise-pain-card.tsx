import { getLocale, getTranslations } from "next-intl/server";
import { say } from "@/lib/i18n/say";
import { exerciseInWords } from "@/lib/i18n/exercise-words";
import { dayMs } from "@/components/charts/colors";
import { ExercisePainChart } from "@/components/charts/exercise-pain-chart";
import { getPainRules } from "@/lib/data/pain-rules";
import { getExercisePain, getLoggedExercises } from "@/lib/data/recovery";
import { formatDay } from "@/lib/date-format";
import { exercisePainSummary } from "@/lib/rules/summaries";
import { painBands } from "@/lib/rules/thresholds";
import { ChartCard, DataTable } from "./chart-card";
import type { ChartView } from "./chart-view";

/** Pain per exercise; the exercise is chosen with a plain GET form, so it works without JavaScript. */
export async function ExercisePainCard({ view }: { view: ChartView }) {
  const { actor, runnerId, range, exerciseId, path } = view;
  const [logged, t, locale] = await Promise.all([getLoggedExercises(actor, runnerId, range), getTranslations("charts"), getLocale()]);
  const exercises = logged.map((e) => exerciseInWords(e, locale)).sort((a, b) => a.name.localeCompare(b.name, locale));
  const chosen = exercises.find((e) => e.id === exerciseId) ?? exercises[0];
  if (!chosen) {
    return <ChartCard name="exercise" view={view} title={t("exerciseTitle")} summary={t("noExercises")} chart={null} />;
  }
  const [{ points, windows }, rules] = await Promise.all([getExercisePain(actor, runnerId, chosen.id, range), getPainRules(actor, runnerId)]);
  const bands = painBands(rules.effective).during;
  return (
    <ChartCard
      name="exercise"
      view={{ ...view, exerciseId: chosen.id }}
      title={t("exerciseTitle")}
      summary={say(locale, exercisePainSummary(chosen.name, windows))}
      chart={
        <>
          <form method="get" action={path} className="no-print mb-2 flex flex-wrap items-end gap-2">
            <input type="hidden" name="range" value={range} />
            <label className="flex flex-col text-sm font-medium">
              {t("exercise")}
              <select name="exercise" defaultValue={chosen.id} className="min-h-11 rounded-md border border-slate-300 bg-white px-2">
                {exercises.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium">
              {t("show")}
            </button>
          </form>
          <ExercisePainChart points={points.map((p) => ({ t: dayMs(p.date), pain: p.pain }))} bands={bands} />
        </>
      }
      table={() => <DataTable caption={t("exerciseCaption", { name: chosen.name })} head={[t("date"), t("painDuring")]} rows={points.map((p) => [formatDay(p.date, locale), p.pain])} />}
    />
  );
}
