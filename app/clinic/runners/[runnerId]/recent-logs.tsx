import type { HistoryEntry } from "@/lib/data/history";
import type { PainPoint } from "@/lib/data/recovery";
import { formatDay } from "@/lib/date-format";
import { describeReason } from "@/lib/rules/traffic-light";
import { sayAll } from "@/lib/i18n/say";
import { useLocale } from "next-intl";
import { describeRun } from "@/lib/runs/describe";
import type { DistanceUnit } from "@/lib/units";
import { lightLabel } from "@/components/recovery/light-label";

const badge = { green: "bg-pain-green", amber: "bg-pain-amber", red: "bg-pain-red" } as const;

/** The last 14 days, each session with its light (in words, and provisional until its morning is in). */
export function RecentLogs({ entries, judged, unit }: { entries: HistoryEntry[]; judged: PainPoint[]; unit: DistanceUnit }) {
  const locale = useLocale();
  if (entries.length === 0) return <p className="text-sm text-slate-600">Nothing logged in the last 14 days.</p>;
  const verdicts = new Map(judged.map((s) => [s.id, s.verdict]));
  const provisional = judged.some((s) => s.verdict.provisional);
  return (
    <>
      {/* Focusable, so a keyboard can scroll it; named, so a screen reader says what scrolls. */}
      <div role="region" aria-label="Recent logs, scrollable" tabIndex={0} className="max-h-80 overflow-auto rounded">
        <ul className="space-y-1.5 text-sm" aria-label="Recent logs">
          {entries.map((e) => {
            if (e.type === "checkin") {
              return (
                <li key={e.checkin.id}>
                  {formatDay(e.date)}: morning pain {e.checkin.pain}{e.checkin.stiffness != null ? `, stiffness ${e.checkin.stiffness}` : ""}
                </li>
              );
            }
            const verdict = verdicts.get(e.log.id);
            return (
              <li key={e.log.id}>
                {verdict ? (
                  <span className={`mr-1 rounded px-1.5 py-0.5 text-xs font-semibold text-white ${badge[verdict.light]}`}>
                    {lightLabel(verdict, locale)}
                  </span>
                ) : null}
                {formatDay(e.date)}: {e.log.kind === "run" ? `run ${describeRun(e.log, e.measured, unit)}${e.measured ? " (from the watch)" : ""}` : "exercises"}, pain {e.log.painDuring} during, {e.log.painAfter} after
                {verdict && verdict.reasons.length > 0 ? <span className="text-slate-600"> ({sayAll(locale, verdict.reasons.map(describeReason))})</span> : null}
                {e.log.notes ? <span className="text-slate-600"> “{e.log.notes}”</span> : null}
              </li>
            );
          })}
        </ul>
      </div>
      {provisional ? (
        <p className="mt-2 text-xs text-slate-600">
          Provisional: the light of a session whose next-morning check-in is not in yet. The morning can only make it worse, never better; after a
          painful session with no morning by the end of the next day, the roster flags it.
        </p>
      ) : null}
    </>
  );
}
