import { formatList } from "@/lib/date-format";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import type { MeasureTiming } from "./due";

/* Apart from ./due, which a clinic form uses on the phone: this one reads the message files. */

/** The schedule in the reader's words, for either side: "at intake, every 2 weeks and at discharge". */
export function timingWords(timing: Pick<MeasureTiming, "atIntake" | "everyDays" | "atDischarge">, locale: Locale = "en"): string {
  const t = wordsFor(locale, "timing");
  const parts = [timing.atIntake ? t("atIntake") : null, timing.everyDays ? t("every", { weeks: timing.everyDays / 7 }) : null, timing.atDischarge ? t("atDischarge") : null].filter((p) => p != null);
  return parts.length > 0 ? formatList(parts, locale) : t("none");
}
