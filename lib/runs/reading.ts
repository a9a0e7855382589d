/*
 * What StrideBack keeps of a run file: the numbers a clinician needs to judge the run, never the route.
 * Every reader (FIT, GPX, TCX) ends in a RunReading; the track's coordinates are used to measure distance
 * where the file has no total, and go no further than the reader.
 */
export type RunFileFormat = "fit" | "gpx" | "tcx";

export interface RunReading {
  format: RunFileFormat;
  /** When the run started, as an instant (ISO 8601, UTC); the runner's day is taken in their own time zone. */
  startedAt: string;
  distanceKm: number;
  /** Time spent moving: the watch's timer time, or for a bare track the time between points while moving. */
  movingSeconds: number;
  elapsedSeconds: number;
  elevationGainM: number | null;
  avgHr: number | null;
  maxHr: number | null;
}

/** A file StrideBack could not read as a run; the message is for the runner. */
export class RunFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RunFileError";
  }
}

export const RUN_FILE_LIMIT_BYTES = 10 * 1024 * 1024;
/** Files read in one go: a week of runs, not a whole archive. */
export const RUN_FILES_AT_ONCE = 10;
/** All the files of one import together. */
export const RUN_FILES_TOTAL_BYTES = 25 * 1024 * 1024;
/** The body an import may post: its files and a little for the form (next.config.ts and proxy.ts allow it). */
export const RUN_FILES_BODY_LIMIT = RUN_FILES_TOTAL_BYTES + 1024 * 1024;

/** What is wrong with a choice of files by their sizes alone, before a byte is read: each file too large, and the rest together. */
export function sizeRefusals(files: { name: string; size: number }[]): string[] {
  const tooLarge = files.filter((f) => f.size > RUN_FILE_LIMIT_BYTES).map((f) => `${f.name}: ${RUN_FILE_REFUSALS.size}`);
  const together = files.filter((f) => f.size <= RUN_FILE_LIMIT_BYTES).reduce((sum, f) => sum + f.size, 0);
  return together > RUN_FILES_TOTAL_BYTES ? [...tooLarge, RUN_FILE_REFUSALS.total] : tooLarge;
}

export const RUN_FILE_REFUSALS = {
  empty: "Choose a run file from your watch: .fit, .gpx or .tcx.",
  size: `A run file can be at most ${RUN_FILE_LIMIT_BYTES / 1024 / 1024} MB. Export just the one run from your watch's app.`,
  count: `Read at most ${RUN_FILES_AT_ONCE} files at once.`,
  total: `Read at most ${RUN_FILES_TOTAL_BYTES / 1024 / 1024} MB of files at once: choose fewer files.`,
  type: "That is not a FIT, GPX or TCX file. StrideBack reads the file itself, not its name.",
  damaged: "That file could not be read to the end: it may be damaged or cut short. Export it again from your watch's app.",
  noRun: "That file holds no run StrideBack can measure (no distance or no time).",
  implausible: "That file's numbers are not a run StrideBack can store (more than 300 km or 24 hours, or no time at all).",
} as const;

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
const heartRate = (n: number | null | undefined) => (n != null && Number.isFinite(n) && n >= 20 && n <= 250 ? Math.round(n) : null);

/** The checks every reader's result passes before it is a reading: a run, in the bounds the log accepts. */
export function finishReading(raw: Omit<RunReading, "avgHr" | "maxHr"> & { avgHr?: number | null; maxHr?: number | null }): RunReading {
  if (!(raw.distanceKm > 0) || !(raw.movingSeconds > 0) || Number.isNaN(Date.parse(raw.startedAt))) throw new RunFileError(RUN_FILE_REFUSALS.noRun);
  if (raw.distanceKm > 300 || raw.movingSeconds > 86_400) throw new RunFileError(RUN_FILE_REFUSALS.implausible);
  const avgHr = heartRate(raw.avgHr);
  const maxHr = heartRate(raw.maxHr);
  return {
    format: raw.format,
    startedAt: new Date(raw.startedAt).toISOString(),
    distanceKm: round(raw.distanceKm, 3),
    movingSeconds: Math.round(raw.movingSeconds),
    elapsedSeconds: Math.round(Math.max(raw.elapsedSeconds, raw.movingSeconds)),
    elevationGainM: raw.elevationGainM == null || !Number.isFinite(raw.elevationGainM) ? null : Math.round(Math.min(raw.elevationGainM, 10_000)),
    avgHr,
    maxHr: maxHr != null && avgHr != null ? Math.max(maxHr, avgHr) : maxHr,
  };
}
