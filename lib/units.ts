import type { DistanceUnit } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { formatUpTo } from "@/lib/number-format";

/*
 * Kilometres or miles. Every distance is stored in kilometres; a person's unit (users.distance_unit) only
 * decides how distances are shown to them and typed by them. Where they have not chosen, their browser's
 * language proposes: miles in the United States, Liberia and Myanmar, kilometres elsewhere.
 */
export type { DistanceUnit };
export const DISTANCE_UNITS = ["km", "mi"] as const satisfies readonly DistanceUnit[];
export const KM_PER_MILE = 1.609344;

const MILES_REGIONS = new Set(["US", "LR", "MM"]);

/** The unit a browser's Accept-Language proposes: its first language's region. */
export function proposedUnit(acceptLanguage: string | null | undefined): DistanceUnit {
  const first = acceptLanguage?.split(",")[0]?.split(";")[0]?.trim();
  if (!first) return "km";
  try {
    const region = new Intl.Locale(first).maximize().region;
    return region && MILES_REGIONS.has(region) ? "mi" : "km";
  } catch {
    return "km";
  }
}

const hundredths = (n: number) => Math.round(n * 100) / 100;
/** A distance in kilometres, in the reader's unit. */
export const inUnit = (km: number, unit: DistanceUnit) => (unit === "mi" ? km / KM_PER_MILE : km);
/** A distance in the reader's unit to two decimals, as a table, a form or a spreadsheet shows it. */
export const inUnitRounded = (km: number, unit: DistanceUnit) => hundredths(inUnit(km, unit));
/** A distance typed in the reader's unit, in kilometres to the 10 m the log keeps. */
export const toKm = (value: number, unit: DistanceUnit) => hundredths(unit === "mi" ? value * KM_PER_MILE : value);

/** "5.02 km" or "3.12 mi" ("5,02 km" in Spanish); `digits` fraction digits at most. */
export function formatDistance(km: number, unit: DistanceUnit, locale: Locale = "en", digits = 2) {
  return `${formatUpTo(inUnit(km, unit), digits, locale)} ${unit}`;
}
