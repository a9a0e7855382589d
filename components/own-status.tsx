import { useLocale, useTranslations } from "next-intl";
import { say } from "@/lib/i18n/say";
import type { PainRules } from "@/lib/rules/thresholds";
import type { Triage } from "@/lib/rules/triage";
import { reasonsForRunner, statusForRunner } from "@/lib/rules/status-words";

const tone = { green: "border-pain-green", amber: "border-pain-amber", red: "border-pain-red", urgent: "border-urgent", stopped: "border-slate-500" } as const;

/** The runner's status over days, as their physio sees it, in plain words with its advice and reasons. */
export function OwnStatus({ triage, rules }: { triage: Triage; rules: PainRules }) {
  const locale = useLocale();
  const t = useTranslations("status");
  const words = statusForRunner(triage, rules);
  const reasons = reasonsForRunner(triage).map((r) => say(locale, r));
  return (
    <section aria-labelledby="own-status-heading" className={`mb-4 rounded-lg border-l-4 bg-white p-4 shadow-sm ${tone[words.tone]}`}>
      <h2 id="own-status-heading" className="font-semibold">
        {t("heading", { title: say(locale, words.title) })}
      </h2>
      <p className="text-sm text-slate-700">{say(locale, words.advice)}</p>
      {reasons.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-sm text-slate-700" aria-label={t("why")}>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1 text-xs text-slate-600">{t("sameJudgement")}</p>
    </section>
  );
}
