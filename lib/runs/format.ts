import { type DistanceUnit, inUnit } from "@/lib/units";

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
