import type { Phrase, PhraseValue } from "@/lib/rules/phrase";
import type { Locale } from "./locales";
import { say } from "./say";

/*
 * A refusal's sentence where only a string fits: a zod issue's message, an InvalidFieldError's. The phrase
 * (lib/rules/phrase.ts) travels as the message, marked, and is worded in the reader's language where the
 * form's state is made (lib/form-result.ts), the one place every refusal passes on its way to a person.
 */
const MARK = "phrase:";

/** A message key of the "refusals" namespace and its values, as a message string. */
export const said = (key: string, values?: Record<string, PhraseValue>): string => MARK + JSON.stringify(values ? { key: `refusals.${key}`, values } : { key: `refusals.${key}` });

/** A message in the reader's words: a phrase worded; any other text as it is. */
export function inWords(message: string, locale: Locale): string {
  return message.startsWith(MARK) ? say(locale, JSON.parse(message.slice(MARK.length)) as Phrase) : message;
}
