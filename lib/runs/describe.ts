import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import { type DistanceUnit, formatDistance } from "@/lib/units";
import { formatDuration, formatPace, type RunMeasures } from "./format";

/* Kept apart from ./format, which the phone's offline import uses: this one reads the message files. */

/**
 * A run in one line. From the watch: "10.02 km, 52:10 moving, 5:12 /km, climb 85 m, heart rate 148 average,
 * 171 max". Typed by hand: "10 km in 55 min, 5:30 /km".
 */
export function describeRun(run: { distanceKm: number | null; durationMinutes: number }, measured: RunMeasures | null, unit: DistanceUnit = "km", locale: Locale = "en") {
  const t = wordsFor(locale, "runs");
  const km = run.distanceKm ?? 0;
  if (!measured) return [t("typed", { distance: formatDistance(km, unit, locale), minutes: run.durationMinutes }), formatPace(run.durationMinutes * 60, km, unit)].filter(Boolean).join(", ");
  const heart = measured.avgHr != null ? t("heart", { average: measured.avgHr, max: measured.maxHr ?? "none" }) : null;
  const climb = measured.elevationGainM != null ? t("climb", { metres: measured.elevationGainM }) : null;
  return [formatDistance(km, unit, locale), t("moving", { time: formatDuration(measured.movingSeconds) }), formatPace(measured.movingSeconds, km, unit), climb, heart].filter(Boolean).join(", ");
}
