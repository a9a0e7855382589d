import en from "./messages/en.json" with { type: "json" };
import es from "./messages/es.json" with { type: "json" };
import type { Locale } from "./locales";

/*
 * Every word StrideBack says, one file per language (lib/i18n/messages/<locale>.json), in ICU message syntax.
 * Only server code imports this (pages, the worker, the seed): pages translate on the server and hand client
 * components finished words, so a phone never downloads a language file (docs/translating.md). Not marked
 * "server-only", because the seed and the scripts run outside Next's server condition.
 */
export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, es };
