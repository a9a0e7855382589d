import { CompletionChart } from "@/components/charts/completion-chart";
import type { Actor } from "@/lib/data/actor";
import { getWeeklyCompletion, type Range } from "@/lib/data/recovery";
import { formatDay } from "@/lib/dates";
import { weekStart } from "@/lib/rules/schedule";
import { completionSummary } from "@/lib/rules/summaries";
import { ChartCard, DataTable } from "./chart-card";

export async function CompletionCard({ actor, runnerId, range }: { actor: Actor; runnerId: string; range: Range }) {
  const { weeks, changes } = await getWeeklyCompletion(actor, runnerId, range);
  const marks = changes.map((c) => ({ week: weekStart(c.date), label: c.label }));
  return (
    <ChartCard
      title="Weekly completion of the plan"
      summary={completionSummary(weeks)}
      chart={<CompletionChart weeks={weeks} changes={marks} />}
      table={
        <DataTable
          caption="Exercises done per week"
          head={["Week of", "Done", "Prescribed", "Plan change"]}
          rows={weeks.map((w) => [formatDay(w.week), w.done, w.prescribed, marks.filter((m) => m.week === w.week).map((m) => m.label).join(", ") || "–"])}
        />
      }
    />
  );
}
