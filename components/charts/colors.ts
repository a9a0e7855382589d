import { formatShortDate } from "@/lib/date-format";
import { parseISO } from "date-fns";
import type { Locale } from "@/lib/i18n/locales";

/** The chart palette, matching the CSS theme in app/globals.css. */
export const lightColor = { green: "#1a7f37", amber: "#9a6700", red: "#c0362c" } as const;
export const seriesColor = { during: "#17624f", after: "#6d28d9", morning: "#b45309", bars: "#5b8def", ratio: "#0d3a2f" } as const;

/** A calendar day's position on a time axis: epoch milliseconds of its UTC midnight. */
export const dayMs = (date: string) => parseISO(`${date}T00:00:00Z`).getTime();

/** A chart's day (a UTC-midnight timestamp) on its axis: "5 Dec". */
export const dayTick = (t: number, locale: Locale) => formatShortDate(new Date(t), locale);
