import { parseISO } from "date-fns";
import { PainChart, type PainChartPoint } from "@/components/charts/pain-chart";
import type { Actor } from "@/lib/data/actor";
import { getPainRules } from "@/lib/data/pain-rules";
import { getPainSeries, type Range } from "@/lib/data/recovery";
import { formatDay } from "@/lib/dates";
import { painSummary } from "@/lib/rules/summaries";
import { painBands } from "@/lib/rules/thresholds";
import { ChartCard, DataTable } from "./chart-card";
import { lightLabel } from "./light-label";

export async function PainCard({ actor, runnerId, range }: { actor: Actor; runnerId: string; range: Range }) {
  const [series, rules] = await Promise.all([getPainSeries(actor, runnerId, range), getPainRules(actor, runnerId)]);
  const points: PainChartPoint[] = series.map((s) => ({
    t: parseISO(`${s.date}T00:00:00Z`).getTime(),
    date: s.date,
    label: s.kind === "run" ? "Run" : "Exercises",
    during: s.painDuring,
    after: s.painAfter,
    morning: s.nextMorning,
    light: s.verdict.light,
  }));
  return (
    <ChartCard
      title="Pain over time"
      summary={painSummary(series)}
      chart={<PainChart points={points} bands={painBands(rules.effective).during} />}
      table={
        <DataTable
          caption="Pain per session"
          head={["Date", "Session", "During", "After", "Next morning", "Light"]}
          rows={series.map((s, i) => [formatDay(s.date), points[i]!.label, s.painDuring, s.painAfter, s.nextMorning ?? "–", lightLabel(s.verdict)])}
        />
      }
    />
  );
}
