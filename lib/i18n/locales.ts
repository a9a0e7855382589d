import { LOCALES, type Locale } from "@/db/schema/locales";

/*
 * The languages StrideBack speaks. A person's own (users.locale) decides their screens, and for a runner every
 * email, notification and printout; where nobody has chosen yet, their browser's language proposes one.
 */
export { LOCALES, type Locale };

export const DEFAULT_LOCALE: Locale = "en";

/** Each language in its own words, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

/**
 * The Intl locale dates and numbers are formatted in: British English (the clinic's day-month order and
 * 24-hour clock StrideBack has always shown) and the Spanish of Spain. The runner's calendar rules do not
 * depend on it.
 */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", es: "es-ES" };

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/** The language a browser's Accept-Language proposes: its most preferred one StrideBack speaks, else English. */
export function proposedLocale(acceptLanguage: string | null | undefined): Locale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? 1);
      return { language: tag.trim().toLowerCase().split("-")[0]!, q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.find((entry) => isLocale(entry.language))?.language as Locale | undefined ?? DEFAULT_LOCALE;
}
