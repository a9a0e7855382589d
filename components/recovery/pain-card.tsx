import { dayMs } from "@/components/charts/colors";
import { PainChart, type PainChartPoint } from "@/components/charts/pain-chart";
import { getPainRules } from "@/lib/data/pain-rules";
import { getPainOverview } from "@/lib/data/recovery";
import { formatDay } from "@/lib/date-format";
import { painBands } from "@/lib/rules/thresholds";
import { ChartCard, DataTable } from "./chart-card";
import type { ChartView } from "./chart-view";
import { lightLabel } from "./light-label";


export async function PainCard({ view }: { view: ChartView }) {
  const { actor, runnerId, range } = view;
  const [{ summary, points: drawn }, rules] = await Promise.all([getPainOverview(actor, runnerId, range), getPainRules(actor, runnerId)]);
  const bands = painBands(rules.effective).during;
  if (drawn.kind === "weeks") {
    const { weeks } = drawn;
    const points: PainChartPoint[] = weeks.map((w) => ({ t: dayMs(w.end), date: w.end, label: `worst of ${w.sessions} sessions in the 7 days`, during: w.during, after: w.after, morning: w.morning, light: w.light }));
    return (
      <ChartCard
        name="pain"
        view={view}
        title="Pain over time"
        summary={`${summary} Each point is the worst of a week.`}
        chart={<PainChart points={points} bands={bands} />}
        table={() => (
          <DataTable
            caption="Worst pain per 7 days"
            head={["7 days to", "Sessions", "Worst during", "Worst after", "Worst next morning", "Worst light"]}
            rows={weeks.map((w) => [formatDay(w.end), w.sessions, w.during, w.after, w.morning ?? "–", w.light])}
          />
        )}
      />
    );
  }
  const series = drawn.sessions;
  const points: PainChartPoint[] = series.map((s) => ({
    t: dayMs(s.date),
    date: s.date,
    label: s.kind === "run" ? "Run" : "Exercises",
    during: s.painDuring,
    after: s.painAfter,
    morning: s.nextMorning,
    light: s.verdict.light,
  }));
  return (
    <ChartCard
      name="pain"
      view={view}
      title="Pain over time"
      summary={summary}
      chart={<PainChart points={points} bands={bands} />}
      table={() => (
        <DataTable
          caption="Pain per session"
          head={["Date", "Session", "During", "After", "Next morning", "Light"]}
          rows={series.map((s, i) => [formatDay(s.date), points[i]!.label, s.painDuring, s.painAfter, s.nextMorning ?? "–", lightLabel(s.verdict)])}
        />
      )}
    />
  );
}
