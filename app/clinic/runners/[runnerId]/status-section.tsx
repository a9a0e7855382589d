import { TriageStatus } from "@/components/triage-status";
import type { CaseloadRow } from "@/lib/data/roster";
import type { RunnerRules } from "@/lib/data/pain-rules";
import { limitLabel } from "@/lib/labels";
import { type HistoryFlag, HISTORY_FLAGS } from "@/lib/rules/red-flags";
import { differingRules, PAIN_RULE_KEYS, RULE_DEFINITIONS } from "@/lib/rules/thresholds";

/** The top of a runner's page: the status and every reason exactly as the roster has them, and the limits in force. */
export function StatusSection({ status, rules, history }: { status: CaseloadRow; rules: RunnerRules; history: string[] }) {
  const differing = new Set(differingRules(rules.clinic, rules.effective));
  return (
    <section aria-labelledby="status-heading" className="mb-4 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm lg:grid-cols-2">
      <div>
        <h2 id="status-heading" className="mb-2 text-lg font-semibold">
          Status
        </h2>
        <TriageStatus triage={status.triage} />
        {status.triage.chips.length === 0 ? <p className="mt-2 text-sm text-slate-600">Every rule holds over the last 7 days.</p> : null}
        {status.completion ? (
          <p className="mt-2 text-sm">
            Plan completion:{" "}
            {status.completion.judged && status.completion.ratio != null
              ? `${status.completion.done} of ${status.completion.prescribed} prescribed sessions (${Math.round(status.completion.ratio * 100)}%) over the last ${RULE_DEFINITIONS.completionWindowDays} days`
              : `too early to judge (${status.completion.done} of ${status.completion.prescribed} so far)`}
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
        <p className="mt-2 text-xs text-slate-600">Judged on {status.today}, the runner&apos;s date ({status.timeZone.replaceAll("_", " ")}).</p>
      </div>
      <div>
        <h2 className="mb-2 text-lg font-semibold">Limits in force</h2>
        <dl className="grid grid-cols-[1fr_max-content] gap-x-4 gap-y-0.5 text-sm" aria-label="Limits in force">
          {PAIN_RULE_KEYS.map((k) => (
            <div key={k} className="contents">
              <dt className={differing.has(k) ? "font-semibold" : "text-slate-600"}>{limitLabel[k]}</dt>
              <dd className="tabular-nums">
                {rules.effective[k]}
                {differing.has(k) ? <span className="ml-1 text-xs font-semibold text-pain-amber">this runner (clinic: {rules.clinic[k]})</span> : null}
              </dd>
            </div>
          ))}
        </dl>
        {differing.size > 0 && rules.reason ? <p className="mt-2 text-sm">Why different: {rules.reason}</p> : null}
      </div>
    </section>
  );
}
