import Link from "next/link";
import { dayMs } from "@/components/charts/colors";
import { LefsChart } from "@/components/charts/lefs-chart";
import { getLefs } from "@/lib/data/lefs";
import { formatDay } from "@/lib/date-format";
import { timingWords } from "@/lib/outcomes/due";
import { LEFS_MAX, LEFS_MDC, lefsSummary } from "@/lib/rules/lefs";
import { ChartCard, DataTable } from "./chart-card";
import type { ChartView } from "./chart-view";

/** Function beside pain: every LEFS filled (they are few, so the range does not apply), with the MDC band. */
export async function LefsCard({ view }: { view: ChartView }) {
  const lefs = await getLefs(view.actor, view.runnerId);
  const scores = lefs.responses.map((r) => ({ date: r.date, total: r.total, t: dayMs(r.date) }));
  const runnerSees = view.actor.role === "runner";
  const schedule = lefs.schedule ? `Asked ${timingWords(lefs.schedule)}${lefs.nextDue ? `; next due ${formatDay(lefs.nextDue)}` : ""}.` : "Not scheduled.";
  return (
    <ChartCard
      name="lefs"
      view={view}
      title="Function (LEFS)"
      summary={`${lefsSummary(scores, formatDay)} ${schedule}`}
      chart={
        <>
          {scores.length > 0 ? <LefsChart scores={scores} /> : null}
          {runnerSees && !lefs.schedule && scores.length === 0 ? null : runnerSees ? (
            <Link href="/lefs" className="mt-3 inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 text-sm font-semibold text-brand-900">
              {lefs.due ? "Fill the questionnaire (due)" : "Fill the questionnaire"}
            </Link>
          ) : null}
        </>
      }
      table={
        scores.length > 0
          ? () => (
              <DataTable
                caption={`LEFS totals out of ${LEFS_MAX}; a change of ${LEFS_MDC} or more from the first is real`}
                head={["Date", `Total (of ${LEFS_MAX})`, "Change from first"]}
                rows={scores.map((s) => [formatDay(s.date), s.total, s === scores[0] ? "baseline" : `${s.total - scores[0]!.total > 0 ? "+" : ""}${s.total - scores[0]!.total}`])}
              />
            )
          : undefined
      }
    />
  );
}
