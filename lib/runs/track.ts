/*
 * Measures a bare track (a GPX file, or a TCX lap without totals): distance along the points, time spent
 * moving, climb and heart rate. The points stay inside the reader; only the measures leave.
 */
export interface TrackPoint {
  time: number | null;
  lat: number | null;
  lon: number | null;
  /** Distance from the start as the device recorded it, in metres (TCX); otherwise measured from positions. */
  distanceM?: number | null;
  elevationM: number | null;
  hr: number | null;
}

/** Below this speed between two points the runner is standing (a traffic light, a stretch), not moving. */
const MOVING_MPS = 0.5;
/** A gap longer than this between points is a pause (the watch stopped), not moving time. */
const PAUSE_SECONDS = 60;
/** Changes in height smaller than this are GPS and barometer noise, not climb. */
const CLIMB_NOISE_M = 2;

const EARTH_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres between two positions (haversine). */
export function metresBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface TrackMeasures {
  startedAt: number | null;
  distanceM: number;
  movingSeconds: number;
  elapsedSeconds: number;
  elevationGainM: number | null;
  avgHr: number | null;
  maxHr: number | null;
}

export function measureTrack(points: TrackPoint[]): TrackMeasures {
  let distanceM = 0;
  let moving = 0;
  const recorded = points.some((p) => p.distanceM != null);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const step = recorded
      ? a.distanceM != null && b.distanceM != null ? Math.max(0, b.distanceM - a.distanceM) : 0
      : a.lat != null && a.lon != null && b.lat != null && b.lon != null ? metresBetween({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon }) : 0;
    distanceM += step;
    if (a.time != null && b.time != null) {
      const seconds = (b.time - a.time) / 1000;
      if (seconds > 0 && seconds <= PAUSE_SECONDS && step / seconds >= MOVING_MPS) moving += seconds;
    }
  }
  const times = points.map((p) => p.time).filter((t): t is number => t != null);
  const hrs = points.map((p) => p.hr).filter((h): h is number => h != null && h > 0);
  return {
    startedAt: times.length ? Math.min(...times) : null,
    distanceM,
    movingSeconds: moving,
    elapsedSeconds: times.length ? (Math.max(...times) - Math.min(...times)) / 1000 : 0,
    elevationGainM: climb(points.map((p) => p.elevationM)),
    avgHr: hrs.length ? hrs.reduce((s, h) => s + h, 0) / hrs.length : null,
    maxHr: hrs.length ? Math.max(...hrs) : null,
  };
}

/** Metres climbed, counting a rise only once it passes the noise threshold from the last low point. */
export function climb(heights: (number | null)[]): number | null {
  const known = heights.filter((h): h is number => h != null && Number.isFinite(h));
  if (known.length < 2) return null;
  let gain = 0;
  let base = known[0]!;
  for (const h of known.slice(1)) {
    if (h < base) base = h;
    else if (h - base >= CLIMB_NOISE_M) {
      gain += h - base;
      base = h;
    }
  }
  return gain;
}
