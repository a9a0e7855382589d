import { useLocale, useTranslations } from "next-intl";
import { TriageStatus } from "@/components/triage-status";
import { say } from "@/lib/i18n/say";
import type { CaseloadRow } from "@/lib/data/roster";
import { formatDay } from "@/lib/date-format";
import { isHistoryFlag } from "@/lib/rules/red-flags";
import { RULE_DEFINITIONS } from "@/lib/rules/thresholds";
import type { NextAction } from "./next-actions";

/** The first card of a runner's page: the status with every reason the roster gives, and what to do next. */
export function SummaryStatus({ status, history, actions }: { status: CaseloadRow; history: string[]; actions: NextAction[] }) {
  const t = useTranslations("summary");
  const labels = useTranslations("labels");
  const locale = useLocale();
  return (
    <section aria-labelledby="status-heading" className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="status-heading" className="text-lg font-semibold">
          {t("status")}
        </h2>
        <p className="text-xs text-slate-600">
          {t("judged", { date: formatDay(status.today, locale), zone: status.timeZone.replaceAll("_", " ") })}
        </p>
      </div>
      <TriageStatus triage={status.triage} />
      {status.triage.chips.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("allHold")}</p> : null}
      <div className="mt-3">
        <h3 className="text-sm font-semibold">{t("next")}</h3>
        {actions.length === 0 ? (
          <p className="text-sm text-slate-600">{t("nothing")}</p>
        ) : (
          <ul aria-label={t("nextActions")} className="text-sm">
            {actions.map((a) => (
              <li key={a.href}>
                <a href={a.href} className="inline-flex min-h-9 items-center font-medium text-brand-700 underline">
                  {say(locale, a.text)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      {status.completion ? (
        <p className="mt-2 text-sm">
          {status.completion.judged && status.completion.ratio != null
            ? t("completion", { done: status.completion.done, prescribed: status.completion.prescribed, percent: Math.round(status.completion.ratio * 100), days: RULE_DEFINITIONS.completionWindowDays })
            : t("tooEarly", { done: status.completion.done, prescribed: status.completion.prescribed })}
        </p>
      ) : null}
      {history.length > 0 ? (
        <div className="mt-2 rounded-md border border-urgent bg-urgent-50 p-2 text-sm">
          <p className="font-semibold">{t("history")}</p>
          <ul className="list-disc pl-5" aria-label={t("history")}>
            {history.map((code) => (
              <li key={code}>{isHistoryFlag(code) ? labels(`history.${code}`) : code}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
