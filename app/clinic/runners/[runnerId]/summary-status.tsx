import { TriageStatus } from "@/components/triage-status";
import type { CaseloadRow } from "@/lib/data/roster";
import { formatDay } from "@/lib/date-format";
import { type HistoryFlag, HISTORY_FLAGS } from "@/lib/rules/red-flags";
import { RULE_DEFINITIONS } from "@/lib/rules/thresholds";
import type { NextAction } from "./next-actions";

/** The first card of a runner's page: the status with every reason the roster gives, and what to do next. */
export function SummaryStatus({ status, history, actions }: { status: CaseloadRow; history: string[]; actions: NextAction[] }) {
  return (
    <section aria-labelledby="status-heading" className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="status-heading" className="text-lg font-semibold">
          Status
        </h2>
        <p className="text-xs text-slate-600">
          Judged {formatDay(status.today)}, {status.timeZone.replaceAll("_", " ")}
        </p>
      </div>
      <TriageStatus triage={status.triage} />
      {status.triage.chips.length === 0 ? <p className="mt-2 text-sm text-slate-600">Every rule holds over the last 7 days.</p> : null}
      <div className="mt-3">
        <h3 className="text-sm font-semibold">Next</h3>
        {actions.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing waits for you.</p>
        ) : (
          <ul aria-label="Next actions" className="text-sm">
            {actions.map((a) => (
              <li key={a.text}>
                <a href={a.href} className="inline-flex min-h-9 items-center font-medium text-brand-700 underline">
                  {a.text}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      {status.completion ? (
        <p className="mt-2 text-sm">
          {status.completion.judged && status.completion.ratio != null
            ? `${status.completion.done} of ${status.completion.prescribed} sessions done (${Math.round(status.completion.ratio * 100)}%), last ${RULE_DEFINITIONS.completionWindowDays} days`
            : `Sessions done: too early to judge (${status.completion.done} of ${status.completion.prescribed} so far)`}
        </p>
      ) : null}
      {history.length > 0 ? (
        <div className="mt-2 rounded-md border border-urgent bg-urgent-50 p-2 text-sm">
          <p className="font-semibold">History recorded at intake</p>
          <ul className="list-disc pl-5" aria-label="History recorded at intake">
            {history.map((code) => (
              <li key={code}>{HISTORY_FLAGS[code as HistoryFlag] ?? code}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
