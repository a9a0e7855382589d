import { useLocale, useTranslations } from "next-intl";
import type { PainPoint } from "@/lib/data/recovery";
import { say, sayAll } from "@/lib/i18n/say";
import { holdsBack, reasonsForRunner, statusForRunner } from "@/lib/rules/status-words";
import type { PainRules } from "@/lib/rules/thresholds";
import { adviceForSession, describeBaseline, describeReason } from "@/lib/rules/traffic-light";
import type { Triage } from "@/lib/rules/triage";

const tone = { green: "border-pain-green", amber: "border-pain-amber", red: "border-pain-red", urgent: "border-urgent", stopped: "border-slate-500" } as const;

/**
 * After a log: the session's traffic light in plain words, why, what it was compared with, and that
 * tomorrow morning still counts. A green session never reads "keep going" while the runner's status over
 * days is red, worsening or urgent: it says the session was within the limits, and what still stands.
 */
export function SessionFeedback({ session, status, rules }: { session: PainPoint; status: Triage | null; rules: PainRules }) {
  const locale = useLocale();
  const t = useTranslations("feedback");
  const { verdict } = session;
  const overall = status && verdict.light === "green" && holdsBack(status) ? statusForRunner(status, rules) : null;
  const own = adviceForSession(verdict.light, rules);
  const { title, advice } = overall
    ? { title: t("withinLimits"), advice: t("butStatus", { status: say(locale, overall.title).toLocaleLowerCase(locale), advice: say(locale, overall.advice) }) }
    : { title: say(locale, own.title), advice: say(locale, own.advice) };
  const heldBack = overall != null;
  const standing = overall && status ? reasonsForRunner(status) : [];
  return (
    <section role="status" aria-label={t("region")} className={`mb-4 rounded-lg border-l-4 bg-white p-4 shadow-sm ${tone[overall?.tone ?? verdict.light]}`}>
      <p className="font-semibold">{verdict.provisional && !heldBack ? t("savedForNow", { title }) : t("saved", { title })}</p>
      <p className="text-sm text-slate-700">{advice}</p>
      {standing.length > 0 ? <p className="mt-1 text-sm text-slate-700">{t("standing", { reasons: sayAll(locale, standing) })}</p> : null}
      {verdict.reasons.length > 0 ? <p className="mt-1 text-sm text-slate-700">{t("why", { reasons: sayAll(locale, verdict.reasons.map(describeReason)) })}</p> : null}
      <p className="mt-1 text-xs text-slate-600">{t("judged", { baseline: say(locale, describeBaseline(session)) })}</p>
      {verdict.provisional ? <p className="mt-1 text-xs text-slate-600">{t("provisional")}</p> : null}
    </section>
  );
}
