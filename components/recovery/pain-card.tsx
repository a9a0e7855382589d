import { parseISO } from "date-fns";
import { PainChart, type PainChartPoint } from "@/components/charts/pain-chart";
import type { Actor } from "@/lib/data/actor";
import { getPainSeries, type Range } from "@/lib/data/recovery";
import { formatDay } from "@/lib/dates";
import { painSummary } from "@/lib/rules/summaries";
import { sessionLight } from "@/lib/rules/traffic-light";
import { ChartCard, DataTable } from "./chart-card";

export async function PainCard({ actor, runnerId, range }: { actor: Actor; runnerId: string; range: Range }) {
  const series = await getPainSeries(actor, runnerId, range);
  const points: PainChartPoint[] = series.map((s) => ({
    t: parseISO(`${s.date}T00:00:00Z`).getTime(),
    date: s.date,
    label: s.kind === "run" ? "Run" : "Exercises",
    during: s.painDuring,
    after: s.painAfter,
    morning: s.nextMorning,
    light: sessionLight(s).light,
  }));
  return (
    <ChartCard
      title="Pain over time"
      summary={painSummary(series)}
      chart={<PainChart points={points} />}
      table={
        <DataTable
          caption="Pain per session"
          head={["Date", "Session", "During", "After", "Next morning", "Light"]}
          rows={points.map((p) => [formatDay(p.date), p.label, p.during, p.after, p.morning ?? "–", p.light])}
        />
      }
    />
  );
}
