import { RunningChart } from "@/components/charts/running-chart";
import { getPainRules } from "@/lib/data/pain-rules";
import { getRunningBlocks } from "@/lib/data/recovery";
import { formatDay } from "@/lib/date-format";
import type { LoadRatio } from "@/lib/rules/load";
import { runningSummary } from "@/lib/rules/summaries";
import { ChartCard, DataTable } from "./chart-card";
import type { ChartView } from "./chart-view";
import { getDistanceUnit } from "@/lib/data/preferences";
import { inUnitRounded } from "@/lib/units";

const ratioCell = (r: LoadRatio) => (r.kind === "ratio" ? r.value.toFixed(2) : r.kind === "break" ? "break" : "–");

export async function RunningCard({ view }: { view: ChartView }) {
  const { actor, runnerId, range } = view;
  const [blocks, rules, { unit }] = await Promise.all([getRunningBlocks(actor, runnerId, range), getPainRules(actor, runnerId), getDistanceUnit(actor)]);
  const { loadRatioLow, loadRatioHigh } = rules.effective;
  return (
    <ChartCard
      name="running"
      view={view}
      title="Running load"
      summary={runningSummary(blocks, rules.effective, unit)}
      chart={<RunningChart blocks={blocks.map((b) => ({ end: b.end, distance: inUnitRounded(b.distanceKm, unit), ratio: b.ratio.kind === "ratio" ? b.ratio.value : null }))} band={{ low: loadRatioLow, high: loadRatioHigh }} unit={unit} />}
      table={() => (
        <DataTable
          caption="Running per 7 days"
          head={["7 days to", "Runs", `Distance (${unit})`, "Load (RPE × min)", "Load ratio"]}
          rows={blocks.map((b) => [formatDay(b.end), b.runs, inUnitRounded(b.distanceKm, unit), b.load, ratioCell(b.ratio)])}
        />
      )}
    />
  );
}
