import { XMLParser } from "fast-xml-parser";
import { finishReading, type RunReading, RunFileError } from "./reading";
import { measureTrack, type TrackPoint } from "./track";

/*
 * GPX and TCX, the two XML formats watches and apps export. Entities are not expanded (a file is data from
 * a stranger's device, and an entity bomb is the classic XML attack), and namespaces are dropped, so
 * `gpxtpx:hr` and `ns3:hr` read alike.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  processEntities: false,
  parseTagValue: false,
  isArray: (name) => ["trk", "trkseg", "trkpt", "Activity", "Lap", "Track", "Trackpoint"].includes(name),
});

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value == null ? [] : [value as Node]);
const num = (value: unknown): number | null => {
  const text = typeof value === "object" && value != null ? (value as Node)["#text"] ?? (value as Node).Value : value;
  if (text == null || text === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
};
const time = (value: unknown): number | null => {
  const t = typeof value === "string" ? Date.parse(value) : Number.NaN;
  return Number.isNaN(t) ? null : t;
};

function parse(text: string): Node {
  try {
    return parser.parse(text, true) as Node;
  } catch {
    throw new RunFileError("damaged");
  }
}

/** The first element name of an XML document, to tell GPX from TCX (and from anything else). */
export function xmlRoot(text: string): "gpx" | "tcx" | null {
  const head = text.slice(0, 4096).replace(/<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/g, "").trimStart();
  const match = /^<(?:[\w.-]+:)?([\w.-]+)/.exec(head);
  if (match?.[1] === "gpx") return "gpx";
  if (match?.[1] === "TrainingCenterDatabase") return "tcx";
  return null;
}

/** A heart rate in any of the extensions GPX writers use (Garmin's TrackPointExtension, or a bare hr). */
function gpxHeartRate(point: Node): number | null {
  const ext = point.extensions as Node | undefined;
  if (!ext) return null;
  const tpe = (ext.TrackPointExtension as Node | undefined) ?? ext;
  return num(tpe.hr ?? tpe.heartrate);
}

export function readGpx(text: string): RunReading {
  const doc = parse(text).gpx as Node | undefined;
  if (!doc) throw new RunFileError("type");
  const points: TrackPoint[] = list(doc.trk)
    .flatMap((trk) => list(trk.trkseg))
    .flatMap((seg) => list(seg.trkpt))
    .map((p) => ({ time: time(p.time), lat: num(p["@lat"]), lon: num(p["@lon"]), elevationM: num(p.ele), hr: gpxHeartRate(p) }));
  const track = measureTrack(points);
  if (track.startedAt == null) throw new RunFileError("noRun");
  return finishReading({ format: "gpx", ...track, startedAt: new Date(track.startedAt).toISOString(), distanceKm: track.distanceM / 1000 });
}

export function readTcx(text: string): RunReading {
  const doc = parse(text).TrainingCenterDatabase as Node | undefined;
  if (!doc) throw new RunFileError("type");
  const activities = list((doc.Activities as Node | undefined)?.Activity);
  const running = activities.filter((a) => a["@Sport"] === "Running");
  const laps = (running.length ? running : activities).flatMap((a) => list(a.Lap));
  if (laps.length === 0) throw new RunFileError("noRun");
  let distanceM = 0;
  let timer = 0;
  let hrWeighted = 0;
  let hrTime = 0;
  const maxes: number[] = [];
  const points: TrackPoint[] = [];
  for (const lap of laps) {
    const lapPoints = list(lap.Track)
      .flatMap((t) => list(t.Trackpoint))
      .map((p) => {
        const position = p.Position as Node | undefined;
        return { time: time(p.Time), lat: num(position?.LatitudeDegrees), lon: num(position?.LongitudeDegrees), distanceM: num(p.DistanceMeters), elevationM: num(p.AltitudeMeters), hr: num(p.HeartRateBpm) };
      });
    points.push(...lapPoints);
    // A lap's own totals are the watch's; a lap without them is measured from its points.
    const measured = measureTrack(lapPoints);
    const seconds = num(lap.TotalTimeSeconds) ?? measured.movingSeconds;
    distanceM += num(lap.DistanceMeters) ?? measured.distanceM;
    timer += seconds;
    const avg = num(lap.AverageHeartRateBpm) ?? measured.avgHr;
    if (avg != null) {
      hrWeighted += avg * seconds;
      hrTime += seconds;
    }
    const max = num(lap.MaximumHeartRateBpm) ?? measured.maxHr;
    if (max != null) maxes.push(max);
  }
  const whole = measureTrack(points);
  const start = time(laps[0]!["@StartTime"]) ?? whole.startedAt;
  if (start == null) throw new RunFileError("noRun");
  return finishReading({
    format: "tcx",
    startedAt: new Date(start).toISOString(),
    distanceKm: distanceM / 1000,
    movingSeconds: timer,
    elapsedSeconds: whole.elapsedSeconds,
    elevationGainM: whole.elevationGainM,
    avgHr: hrTime > 0 ? hrWeighted / hrTime : null,
    maxHr: maxes.length ? Math.max(...maxes) : null,
  });
}
