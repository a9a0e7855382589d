import { Encoder, type Mesg, Profile } from "@garmin/fitsdk";

/*
 * Run files made the way watches make them: FIT through Garmin's own encoder, GPX and TCX as their
 * writers lay them out. One route for all three: north from a start at 3 m/s, a point every 5 seconds,
 * with a two-minute stand still halfway (a traffic light), heart rate and a rolling climb.
 */
export const ROUTE_START = { lat: 51.4545, lon: -2.5879 };
const STEP_M = 15;
const EVERY_S = 5;
const DEG_PER_M = 180 / (Math.PI * 6_371_008.8);

export interface RouteOptions {
  points?: number;
  startedAt?: string;
  /** Points standing still in the middle of the run. */
  stoppedPoints?: number;
}

export function route({ points = 400, startedAt = "2026-12-05T07:30:00Z", stoppedPoints = 24 }: RouteOptions = {}) {
  const start = Date.parse(startedAt);
  const stopAt = Math.floor(points / 2);
  let metres = 0;
  const track = Array.from({ length: points }, (_, i) => {
    const standing = i > stopAt && i <= stopAt + stoppedPoints;
    if (i > 0 && !standing) metres += STEP_M;
    return {
      time: new Date(start + i * EVERY_S * 1000),
      lat: ROUTE_START.lat + metres * DEG_PER_M,
      lon: ROUTE_START.lon,
      metres,
      elevation: 30 + 10 * Math.sin(i / 20),
      hr: 140 + (i % 20),
    };
  });
  const movingSeconds = (points - 1 - stoppedPoints) * EVERY_S;
  const hrs = track.map((p) => p.hr);
  return {
    track,
    expected: {
      startedAt: new Date(start).toISOString(),
      distanceKm: metres / 1000,
      movingSeconds,
      elapsedSeconds: (points - 1) * EVERY_S,
      avgHr: hrs.reduce((s, h) => s + h, 0) / hrs.length,
      maxHr: Math.max(...hrs),
    },
  };
}

type Route = ReturnType<typeof route>;
const semicircles = (deg: number) => Math.round((deg * 2 ** 31) / 180);

/** A FIT activity: file id, records, one lap and one running session with the watch's totals. */
export function fitFile(r: Route = route(), { session = true }: { session?: boolean } = {}): Uint8Array {
  const encoder = new Encoder();
  // The SDK's types know every message's fields by number only; the encoder takes them by name.
  const put = (num: number | undefined, mesg: Record<string, unknown>) => encoder.onMesg(num!, mesg as Mesg);
  const first = r.track[0]!.time;
  const last = r.track.at(-1)!.time;
  put(Profile.MesgNum.FILE_ID, { manufacturer: "development", product: 1, timeCreated: first, type: "activity" });
  for (const p of r.track) {
    put(Profile.MesgNum.RECORD, { timestamp: p.time, positionLat: semicircles(p.lat), positionLong: semicircles(p.lon), distance: p.metres, heartRate: p.hr, enhancedAltitude: p.elevation });
  }
  if (session) {
    const totals = {
      timestamp: last,
      startTime: first,
      totalElapsedTime: r.expected.elapsedSeconds,
      totalTimerTime: r.expected.movingSeconds,
      totalDistance: r.expected.distanceKm * 1000,
      avgHeartRate: Math.round(r.expected.avgHr),
      maxHeartRate: r.expected.maxHr,
      totalAscent: 42,
      sport: "running",
    };
    put(Profile.MesgNum.LAP, { ...totals, messageIndex: 0 });
    put(Profile.MesgNum.SESSION, { ...totals, messageIndex: 0, firstLapIndex: 0, numLaps: 1 });
  }
  return encoder.close();
}

export function gpxFile(r: Route = route()): string {
  const points = r.track
    .map((p) => `<trkpt lat="${p.lat.toFixed(7)}" lon="${p.lon.toFixed(7)}"><ele>${p.elevation.toFixed(1)}</ele><time>${p.time.toISOString()}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${p.hr}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="StrideBack tests" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
<metadata><time>${r.track[0]!.time.toISOString()}</time></metadata>
<trk><name>Morning run</name><type>running</type><trkseg>
${points}
</trkseg></trk></gpx>`;
}

export function tcxFile(r: Route = route()): string {
  const points = r.track
    .map((p) => `<Trackpoint><Time>${p.time.toISOString()}</Time><Position><LatitudeDegrees>${p.lat.toFixed(7)}</LatitudeDegrees><LongitudeDegrees>${p.lon.toFixed(7)}</LongitudeDegrees></Position><AltitudeMeters>${p.elevation.toFixed(1)}</AltitudeMeters><DistanceMeters>${p.metres.toFixed(1)}</DistanceMeters><HeartRateBpm><Value>${p.hr}</Value></HeartRateBpm></Trackpoint>`)
    .join("\n");
  const e = r.expected;
  return `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="Running"><Id>${e.startedAt}</Id>
<Lap StartTime="${e.startedAt}"><TotalTimeSeconds>${e.movingSeconds}</TotalTimeSeconds><DistanceMeters>${(e.distanceKm * 1000).toFixed(1)}</DistanceMeters>
<AverageHeartRateBpm><Value>${Math.round(e.avgHr)}</Value></AverageHeartRateBpm><MaximumHeartRateBpm><Value>${e.maxHr}</Value></MaximumHeartRateBpm>
<Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod>
<Track>
${points}
</Track></Lap></Activity></Activities></TrainingCenterDatabase>`;
}

/** The route's coordinates as a file writes them: what must never reach a clinician, an export or a log. */
export function routeCoordinates(r: Route = route()): string[] {
  const p = r.track[Math.floor(r.track.length / 3)]!;
  return [p.lat.toFixed(5), p.lon.toFixed(5)];
}
