import type { Locale } from "@/lib/i18n/locales";

/**
 * Where a library drawing is served in the reader's language: its step captions are drawn into the picture
 * (scripts/draw-illustrations.ts writes one set per language), English at the top level.
 */
export const illustrationSrc = (key: string, locale: Locale) => (locale === "en" ? `/illustrations/${key}.svg` : `/illustrations/${locale}/${key}.svg`);

/** A worded exercise's drawing as a page shows it (where it is served, its description), or none. */
export const illustrationOf = (exercise: { illustration: string | null; illustrationAlt?: string | null }, locale: Locale) =>
  exercise.illustration ? { src: illustrationSrc(exercise.illustration, locale), alt: exercise.illustrationAlt ?? "" } : null;
