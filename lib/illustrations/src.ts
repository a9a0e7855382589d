import type { Locale } from "@/lib/i18n/locales";

/**
 * Where a library drawing is served in the reader's language: its step captions are drawn into the picture
 * (scripts/draw-illustrations.ts writes one set per language), English at the top level.
 */
export const illustrationSrc = (key: string, locale: Locale) => (locale === "en" ? `/illustrations/${key}.svg` : `/illustrations/${locale}/${key}.svg`);
