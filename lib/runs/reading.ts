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

/**
 * Why a run file is refused, by code. The words are the messages refusals.runFile.* (lib/runs/refusal-words):
 * this module is read on the phone too (its offline reading), where no message file goes.
 */
export const RUN_FILE_REFUSALS = ["empty", "size", "count", "total", "type", "damaged", "noRun", "implausible"] as const;
export type RunFileRefusal = (typeof RUN_FILE_REFUSALS)[number];

/** A file StrideBack could not read as a run, and why. */
export class RunFileError extends Error {
  constructor(readonly refusal: RunFileRefusal) {
    super(refusal);
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

export interface SizeRefusal {
  /** The file refused, or none when it is the files together. */
  name: string | null;
  refusal: "size" | "total";
}

/** What is wrong with a choice of files by their sizes alone, before a byte is read: each file too large, and the rest together. */
export function sizeRefusals(files: { name: string; size: number }[]): SizeRefusal[] {
  const tooLarge = files.filter((f) => f.size > RUN_FILE_LIMIT_BYTES).map((f): SizeRefusal => ({ name: f.name, refusal: "size" }));
  const together = files.filter((f) => f.size <= RUN_FILE_LIMIT_BYTES).reduce((sum, f) => sum + f.size, 0);
  return together > RUN_FILES_TOTAL_BYTES ? [...tooLarge, { name: null, refusal: "total" }] : tooLarge;
}


const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
const heartRate = (n: number | null | undefined) => (n != null && Number.isFinite(n) && n >= 20 && n <= 250 ? Math.round(n) : null);

/** The checks every reader's result passes before it is a reading: a run, in the bounds the log accepts. */
export function finishReading(raw: Omit<RunReading, "avgHr" | "maxHr"> & { avgHr?: number | null; maxHr?: number | null }): RunReading {
  if (!(raw.distanceKm > 0) || !(raw.movingSeconds > 0) || Number.isNaN(Date.parse(raw.startedAt))) throw new RunFileError("noRun");
  if (raw.distanceKm > 300 || raw.movingSeconds > 86_400) throw new RunFileError("implausible");
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
