import type { Locale } from "@/lib/i18n/locales";
import { said } from "@/lib/i18n/said";
import { wordsFor } from "@/lib/i18n/words";
import { RUN_FILE_LIMIT_BYTES, RUN_FILE_REFUSALS, RUN_FILES_AT_ONCE, RUN_FILES_TOTAL_BYTES, type RunFileRefusal } from "./reading";

/*
 * A run file's refusal in words: on the server through the messages, and for the phone's offline reading as
 * a finished map of code to sentence, sent with the import page (no message file reaches the phone).
 */
const MB = 1024 * 1024;
const VALUES: Partial<Record<RunFileRefusal, Record<string, number>>> = {
  size: { mb: RUN_FILE_LIMIT_BYTES / MB },
  count: { count: RUN_FILES_AT_ONCE },
  total: { mb: RUN_FILES_TOTAL_BYTES / MB },
};

/** A refusal as the data layer raises it (an InvalidFieldError's message), worded where it is shown. */
export const runFileSaid = (refusal: RunFileRefusal) => said(`runFile.${refusal}`, VALUES[refusal]);

/** Every refusal in the reader's language, by code. */
export function runFileRefusalWords(locale: Locale): Record<RunFileRefusal, string> {
  const t = wordsFor(locale, "refusals");
  return Object.fromEntries(RUN_FILE_REFUSALS.map((refusal) => [refusal, t(`runFile.${refusal}`, VALUES[refusal])])) as Record<RunFileRefusal, string>;
}
