import { Decoder, Stream } from "@garmin/fitsdk";
import { finishReading, type RunReading, RunFileError } from "./reading";
import { measureTrack } from "./track";

/*
 * A FIT activity, read with Garmin's own SDK. The session messages hold the watch's totals (distance, timer
 * time, climb, heart rate); a file with records but no session (a recording cut off before it was saved)
 * is measured from its records.
 */
interface FitSession {
  sport?: string;
  startTime?: Date;
  totalDistance?: number;
  totalTimerTime?: number;
  totalElapsedTime?: number;
  totalAscent?: number;
  avgHeartRate?: number;
  maxHeartRate?: number;
}
interface FitRecord {
  timestamp?: Date;
  distance?: number;
  heartRate?: number;
  enhancedAltitude?: number;
  altitude?: number;
}

export function isFit(bytes: Uint8Array) {
  return bytes.length >= 12 && Decoder.isFIT(Stream.fromByteArray(bytes));
}

export function readFit(bytes: Uint8Array): RunReading {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  if (!decoder.checkIntegrity()) throw new RunFileError("damaged");
  const { messages, errors } = decoder.read({ convertDateTimesToDates: true, applyScaleAndOffset: true, expandComponents: true, convertTypesToStrings: true });
  if (errors.length > 0) throw new RunFileError("damaged");
  const all = (messages.sessionMesgs ?? []) as FitSession[];
  // A multisport file (a triathlon, a run with a bike warm-up): only its running legs are the run.
  const running = all.filter((s) => s.sport === "running");
  const sessions = running.length > 0 ? running : all;
  if (sessions.length > 0) {
    const sum = (pick: (s: FitSession) => number | undefined) => sessions.reduce((total, s) => total + (pick(s) ?? 0), 0);
    const timer = sum((s) => s.totalTimerTime);
    const heartRated = sessions.filter((s) => s.avgHeartRate != null);
    const hrTime = heartRated.reduce((t, s) => t + (s.totalTimerTime ?? 0), 0);
    const ascents = sessions.filter((s) => s.totalAscent != null);
    const maxes = sessions.map((s) => s.maxHeartRate).filter((h): h is number => h != null);
    const start = sessions.map((s) => s.startTime).find((d) => d instanceof Date && !Number.isNaN(d.getTime()));
    if (!start) throw new RunFileError("noRun");
    return finishReading({
      format: "fit",
      startedAt: start.toISOString(),
      distanceKm: sum((s) => s.totalDistance) / 1000,
      movingSeconds: timer,
      elapsedSeconds: sum((s) => s.totalElapsedTime ?? s.totalTimerTime),
      elevationGainM: ascents.length ? ascents.reduce((t, s) => t + s.totalAscent!, 0) : null,
      avgHr: hrTime > 0 ? heartRated.reduce((t, s) => t + s.avgHeartRate! * (s.totalTimerTime ?? 0), 0) / hrTime : null,
      maxHr: maxes.length ? Math.max(...maxes) : null,
    });
  }
  const records = (messages.recordMesgs ?? []) as FitRecord[];
  const track = measureTrack(
    records.map((r) => ({ time: r.timestamp?.getTime() ?? null, lat: null, lon: null, distanceM: r.distance ?? null, elevationM: r.enhancedAltitude ?? r.altitude ?? null, hr: r.heartRate ?? null })),
  );
  if (track.startedAt == null) throw new RunFileError("noRun");
  return finishReading({ format: "fit", ...track, startedAt: new Date(track.startedAt).toISOString(), distanceKm: track.distanceM / 1000 });
}
