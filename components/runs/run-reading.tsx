import { formatDay, formatTime } from "@/lib/date-format";
import { formatDuration, formatPace } from "@/lib/runs/format";
import type { RunFileView } from "@/lib/data/run-files";
import { type DistanceUnit, formatDistance } from "@/lib/units";

const FORMAT_NAMES = { fit: "FIT", gpx: "GPX", tcx: "TCX" } as const;

/** What StrideBack read from a run file: the numbers, never the route. */
export function RunReading({ file, timeZone, unit }: { file: RunFileView; timeZone: string; unit: DistanceUnit }) {
  const rows: [string, string][] = [
    ["Started", `${formatDay(file.date)}, ${formatTime(new Date(file.startedAt), timeZone)}`],
    ["Distance", formatDistance(file.distanceKm, unit)],
    ["Moving time", formatDuration(file.movingSeconds)],
    ["Average pace", formatPace(file.movingSeconds, file.distanceKm, unit) ?? "–"],
  ];
  if (file.elapsedSeconds - file.movingSeconds >= 60) rows.push(["Stopped", formatDuration(file.elapsedSeconds - file.movingSeconds)]);
  if (file.elevationGainM != null) rows.push(["Climb", `${file.elevationGainM} m`]);
  if (file.avgHr != null) rows.push(["Heart rate", `${file.avgHr} average${file.maxHr != null ? `, ${file.maxHr} max` : ""}`]);
  return (
    <dl aria-label={`Read from ${file.fileName || FORMAT_NAMES[file.format]}`} className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-600">{term}</dt>
          <dd className="font-medium tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
