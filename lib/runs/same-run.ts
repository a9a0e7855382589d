/*
 * A run typed by hand and a file from the watch are the same run when they fall on the same day of the
 * runner's calendar and their distances agree within 5 %. A typed run has no start time, so the day
 * stands for it; two runs of the same distance on one day are rare enough that the runner who did them
 * types the second.
 */
export const SAME_RUN_DISTANCE_SHARE = 0.05;

export function sameRun(typed: { date: string; distanceKm: number }, file: { date: string; distanceKm: number }) {
  return typed.date === file.date && Math.abs(typed.distanceKm - file.distanceKm) <= file.distanceKm * SAME_RUN_DISTANCE_SHARE;
}
