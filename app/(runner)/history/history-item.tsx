import Link from "next/link";
import { useLocale } from "next-intl";
import { say, sayAll } from "@/lib/i18n/say";
import type { HistoryEntry } from "@/lib/data/history";
import type { PainPoint } from "@/lib/data/recovery";
import type { PainRules } from "@/lib/rules/thresholds";
import { describeBaseline, describeReason, isLooser } from "@/lib/rules/traffic-light";
import { describeRun } from "@/lib/runs/format";
import { type DistanceUnit, formatDistance } from "@/lib/units";
import { deleteEntryAction } from "../log/actions";

function describe(entry: HistoryEntry, unit: DistanceUnit) {
  if (entry.type === "checkin") {
    return { title: "Morning check-in", detail: entry.checkin.stiffness != null ? `Pain ${entry.checkin.pain}, stiffness ${entry.checkin.stiffness}` : `Pain ${entry.checkin.pain}` };
  }
  const { log } = entry;
  const pain = `Pain ${log.painDuring} during, ${log.painAfter} after · effort ${log.rpe}`;
  if (log.kind === "run") return { title: `Run, ${formatDistance(log.distanceKm ?? 0, unit)}`, detail: `${pain} · ${describeRun(log, entry.measured, unit)}` };
  return { title: "Exercise session", detail: `${pain} · ${log.durationMinutes} min` };
}

const lightWords = { green: ["Green", "text-pain-green"], amber: ["Amber", "text-pain-amber"], red: ["Red", "text-pain-red"] } as const;

/** One entry; a session with its light, why, and what it was compared with, as the physio sees it. */
export function HistoryItem({ entry, judged, rules, unit }: { entry: HistoryEntry; judged?: PainPoint; rules: PainRules; unit: DistanceUnit }) {
  const locale = useLocale();
  const { title, detail } = describe(entry, unit);
  const id = entry.type === "session" ? entry.log.id : entry.checkin.id;
  const href = entry.type === "session" ? `/history/sessions/${id}` : `/history/checkins/${id}`;
  const notes = entry.type === "session" ? entry.log.notes : "";
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3" aria-label={title}>
      <p className="font-medium">{title}</p>
      <p className="text-sm text-slate-700">{detail}</p>
      {judged ? (
        <p className="text-sm">
          <span className={`font-semibold ${lightWords[judged.verdict.light][1]}`}>
            {lightWords[judged.verdict.light][0]}
            {judged.verdict.light === "green" && isLooser(rules) ? ", within the limits your physio set for you" : ""}
          </span>
          {judged.verdict.provisional ? " (waiting for the next morning)" : ""}
          {judged.verdict.reasons.length ? `: ${sayAll(locale, judged.verdict.reasons.map(describeReason))}` : ""}
          <span className="block text-xs text-slate-600">Judged {say(locale, describeBaseline(judged))}.</span>
        </p>
      ) : null}
      {notes ? <p className="mt-1 text-sm text-slate-600">{notes}</p> : null}
      {entry.editable ? (
        <div className="mt-2 flex flex-wrap items-start gap-3">
          <Link href={href} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
            Edit<span className="sr-only"> {title}</span>
          </Link>
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-pain-red">
              Delete<span className="sr-only"> {title}</span>
            </summary>
            <form action={deleteEntryAction} className="mt-1">
              <input type="hidden" name="kind" value={entry.type} />
              <input type="hidden" name="id" value={id} />
              <button type="submit" className="min-h-11 rounded-md bg-pain-red px-3 text-sm font-semibold text-white">
                Yes, delete this entry
              </button>
            </form>
          </details>
        </div>
      ) : (
        <p className="mt-1 text-xs text-slate-500">Read-only: older than 7 days.</p>
      )}
    </li>
  );
}
