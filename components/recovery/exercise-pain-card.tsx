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
  const exercises = await getLoggedExercises(actor, runnerId, range);
  const chosen = exercises.find((e) => e.id === exerciseId) ?? exercises[0];
  if (!chosen) {
    return <ChartCard name="exercise" view={view} title="Pain per exercise" summary="No exercises logged in this range." chart={null} />;
  }
  const [{ points, windows }, rules] = await Promise.all([getExercisePain(actor, runnerId, chosen.id, range), getPainRules(actor, runnerId)]);
  const bands = painBands(rules.effective).during;
  return (
    <ChartCard
      name="exercise"
      view={{ ...view, exerciseId: chosen.id }}
      title="Pain per exercise"
      summary={exercisePainSummary(chosen.name, windows)}
      chart={
        <>
          <form method="get" action={path} className="no-print mb-2 flex flex-wrap items-end gap-2">
            <input type="hidden" name="range" value={range} />
            <label className="flex flex-col text-sm font-medium">
              Exercise
              <select name="exercise" defaultValue={chosen.id} className="min-h-11 rounded-md border border-slate-300 bg-white px-2">
                {exercises.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium">
              Show
            </button>
          </form>
          <ExercisePainChart points={points.map((p) => ({ t: dayMs(p.date), pain: p.pain }))} bands={bands} />
        </>
      }
      table={() => <DataTable caption={`Pain during ${chosen.name}`} head={["Date", "Pain during"]} rows={points.map((p) => [formatDay(p.date), p.pain])} />}
    />
  );
}
