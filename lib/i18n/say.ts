import { formatList, formatShortDate } from "@/lib/date-format";
import type { Phrase, PhraseValue } from "@/lib/rules/phrase";
import { type Locale } from "./locales";
import { anyWords } from "./words";
import { signsInWords } from "./red-flag-words";
import { phraseIn } from "./said";

/** A rule's phrase (lib/rules/phrase.ts) in the reader's language. */
export function say(locale: Locale, phrase: Phrase): string {
  const values = Object.fromEntries(Object.entries(phrase.values ?? {}).map(([name, value]) => [name, valueIn(locale, value)]));
  return anyWords(locale)(phrase.key, values);
}

/** One value of a phrase in the reader's words: a day formatted, a sign named, a nested phrase said. */
export function valueIn(locale: Locale, value: PhraseValue): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  if ("day" in value) return formatShortDate(value.day, locale);
  if ("days" in value) return formatList(value.days.map((d) => formatShortDate(d, locale)), locale);
  if ("signs" in value) return signsInWords(locale, value.signs);
  return say(locale, value);
}

/** Phrases as one line, "; " between each, as the reasons after a log read. */
export const sayAll = (locale: Locale, phrases: readonly Phrase[], separator = "; ") => phrases.map((p) => say(locale, p)).join(separator);

/** A message in the reader's words: a phrase carried by said() (lib/i18n/said.ts) worded; any other text as it is. */
export function inWords(message: string, locale: Locale): string {
  const carried = phraseIn(message);
  return carried ? say(locale, carried) : message;
}
