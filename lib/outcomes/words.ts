import type { IsoDate } from "@/lib/dates";
import { formatDay } from "@/lib/date-format";
import type { Locale } from "@/lib/i18n/locales";
import { formatFixed } from "@/lib/number-format";
import { wordsFor } from "@/lib/i18n/words";
import { type Instrument, scoreRange, type Verdict } from "./instrument";

/* The sentences both sides read about a measure, in the reader's language: its score, and whether its change is real. */

/** "PSFS 6.5 of 10", "GROC +4 (Moderately better)". The instrument is the reader's (lib/outcomes/instruments, instrumentsIn). */
export function scoreWords(instrument: Instrument, score: number, locale: Locale = "en"): string {
  const t = wordsFor(locale, "measures");
  if (instrument.measures === "change") {
    const label = instrument.scale.choices.find((c) => c.value === score)?.label;
    return t("rating", { short: instrument.short, rating: `${score > 0 ? "+" : ""}${score}`, label: label ?? "none" });
  }
  return t("scoreOf", { short: instrument.short, score: formatFixed(score, instrument.decimals, locale), max: scoreRange(instrument).max });
}

/** The verdict in words, with the threshold it was judged by. */
export function verdictWords(instrument: Instrument, change: Verdict | null, firstDate: IsoDate | null, locale: Locale = "en"): string {
  const t = wordsFor(locale, "measures");
  const { points: threshold, kind } = instrument.realChange;
  if (!change) return t("notFilled");
  if (instrument.measures === "change") return t(change.real ? "ratingReal" : "ratingNoise", { threshold, kind });
  if (firstDate == null) return t("first");
  return t("moved", { direction: change.direction, size: formatFixed(Math.abs(change.points), instrument.decimals, locale), date: formatDay(firstDate, locale), real: change.real ? "yes" : "no", threshold, kind });
}
