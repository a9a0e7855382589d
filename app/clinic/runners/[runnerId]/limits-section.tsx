import type { RunnerRules } from "@/lib/data/pain-rules";
import { limitLabel } from "@/lib/labels";
import { differingRules, PAIN_RULE_KEYS } from "@/lib/rules/thresholds";
import { setPainRulesAction } from "../../actions";
import { PainRulesForm } from "./pain-rules-form";

/** The limits this runner's sessions are judged by (the clinic's, and where this runner's differ), and the form that changes them. */
export function LimitsSection({ runnerId, rules }: { runnerId: string; rules: RunnerRules }) {
  const differing = new Set(differingRules(rules.clinic, rules.effective));
  return (
    <>
      <dl className="grid max-w-xl grid-cols-[1fr_max-content] gap-x-4 gap-y-0.5 text-sm" aria-label="Limits in force">
        {PAIN_RULE_KEYS.map((k) => (
          <div key={k} className="contents">
            <dt className={differing.has(k) ? "font-semibold" : "text-slate-600"}>{limitLabel(k)}</dt>
            <dd className="tabular-nums">
              {rules.effective[k]}
              {differing.has(k) ? <span className="ml-1 text-xs font-semibold text-pain-amber">this runner (clinic: {rules.clinic[k]})</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      {differing.size > 0 && rules.reason ? <p className="mt-2 text-sm">Why different: {rules.reason}</p> : null}
      <details className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700">Change this runner&apos;s limits</summary>
        <PainRulesForm action={setPainRulesAction.bind(null, runnerId)} clinic={rules.clinic} effective={rules.effective} reason={rules.reason} />
      </details>
    </>
  );
}

/** One line for the closed section: the clinic's limits, or how many this runner has of their own. */
export function limitsSummary(rules: RunnerRules, t: (key: "limitsClinic" | "limitsOwn", values?: { count: number }) => string) {
  const n = differingRules(rules.clinic, rules.effective).length;
  return n === 0 ? t("limitsClinic") : t("limitsOwn", { count: n });
}
