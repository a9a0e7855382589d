import type { Phrase, PhraseValue } from "@/lib/rules/phrase";

/*
 * A refusal's sentence where only a string fits: a zod issue's message, an InvalidFieldError's. The phrase
 * (lib/rules/phrase.ts) travels as the message, marked, and is worded in the reader's language where the
 * form's state is made (lib/form-result.ts, with inWords from lib/i18n/say.ts), the one place every refusal
 * passes on its way to a person. No words here: the rules and schemas that say it stay light to import.
 */
const MARK = "phrase:";

/** A message key of the "refusals" namespace and its values, as a message string. */
export const said = (key: string, values?: Record<string, PhraseValue>): string => MARK + JSON.stringify(values ? { key: `refusals.${key}`, values } : { key: `refusals.${key}` });

/** The phrase a message carries, or null for plain text. */
export const phraseIn = (message: string): Phrase | null => (message.startsWith(MARK) ? (JSON.parse(message.slice(MARK.length)) as Phrase) : null);
