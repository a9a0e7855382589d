/* A run's numbers in words, the same on the runner's screens and the clinician's. */

/** "52:10", or "1:02:05" past the hour. */
export function formatDuration(seconds: number) {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

/** Minutes and seconds per kilometre: "5:12 /km"; null without a distance. */
export function formatPace(seconds: number, km: number | null) {
  if (!km || km <= 0 || seconds <= 0) return null;
  const perKm = Math.round(seconds / km);
  return `${Math.floor(perKm / 60)}:${String(perKm % 60).padStart(2, "0")} /km`;
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
export function describeRun(run: { distanceKm: number | null; durationMinutes: number }, measured: RunMeasures | null) {
  const km = run.distanceKm ?? 0;
  if (!measured) return [`${km} km in ${run.durationMinutes} min`, formatPace(run.durationMinutes * 60, km)].filter(Boolean).join(", ");
  const heart = measured.avgHr != null ? `heart rate ${measured.avgHr} average${measured.maxHr != null ? `, ${measured.maxHr} max` : ""}` : null;
  const climb = measured.elevationGainM != null ? `climb ${measured.elevationGainM} m` : null;
  return [`${km.toFixed(2)} km`, `${formatDuration(measured.movingSeconds)} moving`, formatPace(measured.movingSeconds, km), climb, heart].filter(Boolean).join(", ");
}
