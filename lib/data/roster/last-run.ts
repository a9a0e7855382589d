/** A run of the last 28 days as the roster reads it (lib/data/roster/judge.ts), newest first. */
export interface WindowRun {
  date: string;
  rpe: number;
  minutes: number;
  distanceKm: number;
  /** The watch's moving time, when the run came from a file. */
  movingSeconds: number | null;
}

/** The runner's latest run of the load window, as the roster shows it under their last log. */
export interface LastRun {
  date: string;
  distanceKm: number | null;
  /** Moving seconds from the watch, or the typed minutes in seconds. */
  seconds: number;
  fromWatch: boolean;
}

export function lastRunOf(newestFirst: readonly WindowRun[]): LastRun | null {
  const run = newestFirst[0];
  return run ? { date: run.date, distanceKm: run.distanceKm, seconds: run.movingSeconds ?? run.minutes * 60, fromWatch: run.movingSeconds != null } : null;
}
