import { useLocale, useTranslations } from "next-intl";
import type { RunnerRules } from "@/lib/data/pain-rules";
import { limitLabel } from "@/lib/labels";
import { differingRules, PAIN_RULE_KEYS } from "@/lib/rules/thresholds";
import { setPainRulesAction } from "../../actions";
import { PainRulesForm } from "./pain-rules-form";

/** The limits this runner's sessions are judged by (the clinic's, and where this runner's differ), and the form that changes them. */
export function LimitsSection({ runnerId, rules }: { runnerId: string; rules: RunnerRules }) {
  const t = useTranslations("limitsSection");
  const locale = useLocale();
  const differing = new Set(differingRules(rules.clinic, rules.effective));
  return (
    <>
      <dl className="grid max-w-xl grid-cols-[1fr_max-content] gap-x-4 gap-y-0.5 text-sm" aria-label={t("label")}>
        {PAIN_RULE_KEYS.map((k) => (
          <div key={k} className="contents">
            <dt className={differing.has(k) ? "font-semibold" : "text-slate-600"}>{limitLabel(k, locale)}</dt>
            <dd className="tabular-nums">
              {rules.effective[k]}
              {differing.has(k) ? <span className="ml-1 text-xs font-semibold text-pain-amber">{t("thisRunner", { clinic: rules.clinic[k] })}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      {differing.size > 0 && rules.reason ? <p className="mt-2 text-sm">{t("why", { reason: rules.reason })}</p> : null}
      <details className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700">{t("change")}</summary>
        <PainRulesForm action={setPainRulesAction.bind(null, runnerId)} clinic={rules.clinic} effective={rules.effective} reason={rules.reason} />
      </details>
    </>
  );
}

/** For the closed section's line: how many limits this runner has of their own (none: the clinic's). */
export const ownLimits = (rules: RunnerRules) => differingRules(rules.clinic, rules.effective).length;
