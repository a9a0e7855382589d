import { formatShortDate } from "@/lib/date-format";
import type { Phrase, PhraseValue } from "@/lib/rules/phrase";
import { INTL_LOCALE, type Locale } from "./locales";
import { anyWords } from "./words";
import { signsInWords } from "./red-flag-words";


/** A rule's phrase (lib/rules/phrase.ts) in the reader's language. */
export function say(locale: Locale, phrase: Phrase): string {
  const values = Object.fromEntries(Object.entries(phrase.values ?? {}).map(([name, value]) => [name, valueIn(locale, value)]));
  return anyWords(locale)(phrase.key, values);
}

function valueIn(locale: Locale, value: PhraseValue): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if ("day" in value) return formatShortDate(value.day, INTL_LOCALE[locale]);
  if ("days" in value) return new Intl.ListFormat(INTL_LOCALE[locale], { type: "conjunction" }).format(value.days.map((d) => formatShortDate(d, INTL_LOCALE[locale])));
  if ("signs" in value) return signsInWords(locale, value.signs);
  return say(locale, value);
}

/** Phrases as one line, "; " between each, as the reasons after a log read. */
export const sayAll = (locale: Locale, phrases: readonly Phrase[], separator = "; ") => phrases.map((p) => say(locale, p)).join(separator);
