import { CompletionChart } from "@/components/charts/completion-chart";
import { getCompletionBlocks } from "@/lib/data/recovery";
import { formatDay } from "@/lib/date-format";
import { completionSummary } from "@/lib/rules/summaries";
import { ChartCard, DataTable } from "./chart-card";
import type { ChartView } from "./chart-view";

export async function CompletionCard({ view }: { view: ChartView }) {
  const { blocks, marks } = await getCompletionBlocks(view.actor, view.runnerId, view.range);
  return (
    <ChartCard
      name="completion"
      view={view}
      title="Completion of the plan, per 7 days"
      summary={completionSummary(blocks)}
      chart={<CompletionChart blocks={blocks} changes={marks} />}
      table={() => (
        <DataTable
          caption="Exercises done per 7 days"
          head={["7 days to", "Done", "Prescribed", "Plan in force", "Plan change"]}
          rows={blocks.map((b) => [formatDay(b.end), b.done, b.prescribed, b.version?.label ?? "–", marks.filter((m) => m.end === b.end).map((m) => m.label).join(", ") || "–"])}
        />
      )}
    />
  );
}
