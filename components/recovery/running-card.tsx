import { RunningChart } from "@/components/charts/running-chart";
import type { Actor } from "@/lib/data/actor";
import { getRunningWeeks, type Range } from "@/lib/data/recovery";
import { formatDay } from "@/lib/dates";
import { runningSummary } from "@/lib/rules/summaries";
import { ChartCard, DataTable } from "./chart-card";

export async function RunningCard({ actor, runnerId, range }: { actor: Actor; runnerId: string; range: Range }) {
  const weeks = await getRunningWeeks(actor, runnerId, range);
  return (
    <ChartCard
      title="Running load"
      summary={runningSummary(weeks)}
      chart={<RunningChart weeks={weeks} />}
      table={
        <DataTable
          caption="Running per week"
          head={["Week of", "Runs", "Distance (km)", "Load (RPE × min)", "Load ratio"]}
          rows={weeks.map((w) => [formatDay(w.week), w.runs, w.distanceKm, w.load, w.ratio ?? "–"])}
        />
      }
    />
  );
}
