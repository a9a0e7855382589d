import type { IsoDate } from "@/lib/dates";

/*
 * A judgement's sentence as data: which message (a key of the message files, lib/i18n/messages) and its values.
 * The rules say what to tell the reader; lib/i18n/say.ts words it in the reader's language when it is shown.
 * Being data, a phrase is stored with a kept judgement (the roster's summaries) and read in any language.
 */
export type PhraseValue =
  | string
  | number
  /** A day of the runner's calendar, formatted for the reader ("5 Dec", "5 dic"). */
  | { day: IsoDate }
  /** Several days, as a list ("5 Dec and 6 Dec"). */
  | { days: IsoDate[] }
  /** Red-flag signs by code, in the reader's words. */
  | { signs: readonly string[] }
  | Phrase;

export interface Phrase {
  key: string;
  values?: Record<string, PhraseValue>;
}

export const phrase = (key: string, values?: Record<string, PhraseValue>): Phrase => (values ? { key, values } : { key });
