import type { Locale } from "./locales";
import { wordsFor } from "./words";

/** How long a paused sign-in, reset or link must wait, in the reader's words: seconds under a minute and a half, else minutes. */
export function waitWords(locale: Locale, seconds: number): string {
  const t = wordsFor(locale, "common");
  return seconds < 90 ? t("seconds", { count: seconds }) : t("minutes", { count: Math.ceil(seconds / 60) });
}
