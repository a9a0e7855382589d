import { Card } from "@/components/ui/card";
import type { ReviewItems } from "@/lib/data/review";
import { formatDay } from "@/lib/date-format";
import { formatReported } from "@/lib/red-flag-time";
import { markReviewedAction } from "../../actions";

/**
 * What is left to read: the runner's worries, and edits of the last 7 days that lowered a pain score or
 * removed an entry (a light can only turn greener that way). "Mark reviewed" settles older lights too.
 */
export function ReviewSection({ runnerId, runnerName, timeZone, items }: { runnerId: string; runnerName: string; timeZone: string; items: ReviewItems }) {
  const { worries, edits } = items;
  // In the runner's time, as every other moment on the page.
  const when = (at: Date) => formatReported(new Date(at), timeZone);
  return (
    <Card title="To review">
      {worries.length === 0 && edits.length === 0 ? <p className="text-sm text-slate-600">Nothing new from {runnerName} to read.</p> : null}
      {worries.length > 0 ? (
        <>
          <h3 className="mt-1 text-sm font-semibold">Worries {runnerName} wrote down</h3>
          <ul className="mb-2 flex flex-col gap-1 text-sm" aria-label="Worries to read">
            {worries.map((w) => (
              <li key={w.id} className="rounded-md bg-amber-50 p-2">
                <span className="block text-xs text-slate-600">Sent {when(w.reportedAt)}</span>
                {w.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {edits.length > 0 ? (
        <>
          <h3 className="mt-1 text-sm font-semibold">Entries changed in the last 7 days</h3>
          <ul className="mb-2 list-disc pl-5 text-sm" aria-label="Entries changed by the runner">
            {edits.map((e, i) => (
              <li key={i}>
                {e.field === "entry"
                  ? `An entry of ${e.entryDate ? formatDay(e.entryDate) : "an earlier day"} was deleted by the runner on ${when(e.at)}`
                  : `${e.field[0]!.toUpperCase()}${e.field.slice(1)} of ${e.entryDate ? formatDay(e.entryDate) : "an entry"} changed from ${e.before} to ${e.after} by the runner on ${when(e.at)}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form action={markReviewedAction.bind(null, runnerId)} className="mt-2 flex flex-wrap items-center gap-3">
        <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-3 text-sm font-semibold text-brand-900">
          Mark reviewed
        </button>
        <span className="text-xs text-slate-600">
          Painful sessions older than 7 days stop standing on the roster.{" "}
          {items.reviewedAt ? `Last reviewed ${when(items.reviewedAt)} by ${items.reviewedBy}.` : "Not reviewed yet."}
        </span>
      </form>
    </Card>
  );
}
