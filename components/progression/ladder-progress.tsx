import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { LadderView } from "@/lib/data/ladder";
import { formatDay } from "@/lib/date-format";
import { say } from "@/lib/i18n/say";
import { stepDose, stepLabel } from "@/lib/rules/ladder";

/** The ladder as both sides read it: steps done, the step now, what the next one needs. */
export function LadderProgress({ ladder, children }: { ladder: LadderView; children?: ReactNode }) {
  const t = useTranslations("ladder");
  const locale = useLocale();
  const d = ladder.decision;
  return (
    <div className="text-sm">
      <p className="font-semibold">{t("today", { step: stepLabel(ladder.steps, ladder.stepToday, locale) })}</p>
      {ladder.stepTomorrow !== ladder.stepToday ? (
        <p>{t("tomorrow", { step: stepLabel(ladder.steps, ladder.stepTomorrow, locale), because: say(locale, d.because) })}</p>
      ) : d.move === "hold" && d.needs ? (
        <p>{t("nextNeeds", { needs: say(locale, d.needs) })}</p>
      ) : null}
      <ol className="mt-2 list-decimal pl-5" aria-label={t("label")}>
        {ladder.steps.map((step, i) => {
          const n = i + 1;
          const state = n < ladder.stepToday ? "done" : n === ladder.stepToday ? "now" : "to come";
          return (
            <li key={n} aria-current={state === "now" ? "step" : undefined} className={state === "now" ? "font-semibold" : state === "done" ? "text-slate-600" : ""}>
              {stepDose(step, locale)} ({t("state", { state })})
            </li>
          );
        })}
      </ol>
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-700">{t("moved")}</summary>
        <ul>
          {ladder.moves.map((m) => (
            <li key={m.effectiveFrom}>
              {t("move", {
                date: formatDay(m.effectiveFrom, locale),
                step: m.step,
                because: m.reason === "start" ? t("started", { criteria: ladder.checklist.join("; "), note: ladder.checklistNote || "none" }) : m.because,
              })}
            </li>
          ))}
        </ul>
      </details>
      {children}
    </div>
  );
}
