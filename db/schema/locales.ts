/** The languages StrideBack is written in (lib/i18n/messages); users.locale is checked against them. No imports: forms read it too. */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
