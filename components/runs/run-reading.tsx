import { formatDay, formatTime } from "@/lib/date-format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { formatDuration, formatPace } from "@/lib/runs/format";
import type { RunFileView } from "@/lib/data/run-files";
import { type DistanceUnit, formatDistance } from "@/lib/units";

const FORMAT_NAMES = { fit: "FIT", gpx: "GPX", tcx: "TCX" } as const;

/** The reading's words in the reader's language (components/runs/import-words); {placeholders} filled here. */
export interface ReadingWords {
  readFrom: string;
  started: string;
  distance: string;
  movingTime: string;
  pace: string;
  stopped: string;
  climb: string;
  heartRate: string;
  heart: string;
  heartMax: string;
}

/** What StrideBack read from a run file: the numbers, never the route. */
export function RunReading({ file, timeZone, unit, words, locale }: { file: RunFileView; timeZone: string; unit: DistanceUnit; words: ReadingWords; locale: Locale }) {
  const rows: [string, string][] = [
    [words.started, `${formatDay(file.date, locale)}, ${formatTime(new Date(file.startedAt), timeZone, locale)}`],
    [words.distance, formatDistance(file.distanceKm, unit, locale)],
    [words.movingTime, formatDuration(file.movingSeconds)],
    [words.pace, formatPace(file.movingSeconds, file.distanceKm, unit) ?? "–"],
  ];
  if (file.elapsedSeconds - file.movingSeconds >= 60) rows.push([words.stopped, formatDuration(file.elapsedSeconds - file.movingSeconds)]);
  if (file.elevationGainM != null) rows.push([words.climb, `${file.elevationGainM} m`]);
  if (file.avgHr != null) rows.push([words.heartRate, fill(file.maxHr != null ? words.heartMax : words.heart, { average: file.avgHr, max: file.maxHr ?? "" })]);
  return (
    <dl aria-label={fill(words.readFrom, { file: file.fileName || FORMAT_NAMES[file.format] })} className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-600">{term}</dt>
          <dd className="font-medium tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
