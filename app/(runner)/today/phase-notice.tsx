import { useLocale, useTranslations } from "next-intl";
import { formatDay } from "@/lib/date-format";
import { sayAll } from "@/lib/i18n/say";
import type { PhaseProgress } from "@/lib/rules/progression";
import { valueIn } from "@/lib/i18n/say";

/**
 * Today tells the truth about the dose: the phase in force, and what the next one is waiting for, in the
 * same words the physio reads ("2 more green sessions with a settled morning", "repeat this load").
 */
export function PhaseNotice({ progress }: { progress: PhaseProgress }) {
  const locale = useLocale();
  const t = useTranslations("phase");
  const { phase, next, upcoming, judgement: j } = progress;
  if (!next && !upcoming) return null;
  return (
    <section aria-label={t("region")} className="mb-3 rounded-md bg-brand-50 p-3 text-sm">
      <p className="font-semibold">{t("now", { phase: valueIn(locale, phase.name) })}</p>
      {upcoming ? (
        <p>
          {t(upcoming.from > progress.phase.began && progress.selfProgressing ? "unlockedStarts" : "starts", { phase: valueIn(locale, upcoming.name), date: formatDay(upcoming.from, locale) })}
        </p>
      ) : j.verdict === "ready" ? (
        <p>{progress.selfProgressing ? t("unlockedTomorrow", { phase: valueIn(locale, next!.name) }) : t("earned", { phase: valueIn(locale, next!.name) })}</p>
      ) : j.verdict === "step-back" ? (
        <p>{t("stepBack")}</p>
      ) : (
        <p>{t("waits", { phase: valueIn(locale, next!.name), needs: sayAll(locale, j.needs) })}</p>
      )}
    </section>
  );
}
