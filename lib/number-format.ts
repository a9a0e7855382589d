import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";

/** A number to exactly `decimals` places, in the reader's locale: "1.51" in English, "1,51" in Spanish. */
export function formatFixed(value: number, decimals: number, locale: Locale = "en"): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A number to at most `decimals` places, in the reader's locale: "4.5", "4" ("4,5" in Spanish). */
export function formatUpTo(value: number, decimals: number, locale: Locale = "en"): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: decimals }).format(value);
}
