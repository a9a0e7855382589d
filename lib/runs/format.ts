import { type DistanceUnit, formatDistance, inUnit } from "@/lib/units";

/* A run's numbers in words, the same on the runner's screens and the clinician's, in the reader's unit. */

/** "52:10", or "1:02:05" past the hour. */
export function formatDuration(seconds: number) {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

/** Minutes and seconds per kilometre or mile: "5:12 /km", "8:22 /mi"; null without a distance. */
export function formatPace(seconds: number, km: number | null, unit: DistanceUnit = "km") {
  if (!km || km <= 0 || seconds <= 0) return null;
  const perUnit = Math.round(seconds / inUnit(km, unit));
  return `${Math.floor(perUnit / 60)}:${String(perUnit % 60).padStart(2, "0")} /${unit}`;
}

export interface RunMeasures {
  movingSeconds: number;
  elevationGainM: number | null;
  avgHr: number | null;
  maxHr: number | null;
}

/**
 * A run in one line. From the watch: "10.02 km, 52:10 moving, 5:12 /km, climb 85 m, heart rate 148 average,
 * 171 max". Typed by hand: "10 km in 55 min, 5:30 /km".
 */
export function describeRun(run: { distanceKm: number | null; durationMinutes: number }, measured: RunMeasures | null, unit: DistanceUnit = "km") {
  const km = run.distanceKm ?? 0;
  if (!measured) return [`${formatDistance(km, unit)} in ${run.durationMinutes} min`, formatPace(run.durationMinutes * 60, km, unit)].filter(Boolean).join(", ");
  const heart = measured.avgHr != null ? `heart rate ${measured.avgHr} average${measured.maxHr != null ? `, ${measured.maxHr} max` : ""}` : null;
  const climb = measured.elevationGainM != null ? `climb ${measured.elevationGainM} m` : null;
  return [formatDistance(km, unit), `${formatDuration(measured.movingSeconds)} moving`, formatPace(measured.movingSeconds, km, unit), climb, heart].filter(Boolean).join(", ");
}
