import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import type { Verdict } from "@/lib/rules/traffic-light";

/** A session's light in the reader's words: provisional until its next-morning check-in is in. */
export const lightLabel = (v: Pick<Verdict, "light"> & { provisional?: boolean }, locale: Locale) => wordsFor(locale, "charts")("light", { light: v.light, provisional: v.provisional ? "yes" : "no" });
