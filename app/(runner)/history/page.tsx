import type { Metadata } from "next";
import Link from "next/link";
import { requireRunner } from "@/lib/auth/current-actor";
import { listHistory } from "@/lib/data/history";
import { getJudgedSessionsSince } from "@/lib/data/recovery";
import { notFound } from "next/navigation";
import { getRunnerDay } from "@/lib/data/today";
import { addDaysIso } from "@/lib/dates";
import { formatDay } from "@/lib/date-format";
import { HistoryItem } from "./history-item";
import { getDistanceUnit } from "@/lib/data/preferences";

export const metadata: Metadata = { title: "History" };

const notices: Record<string, string> = {
  saved: "Your change is saved.",
  deleted: "The entry is deleted.",
  deleteFailed: "That entry could not be deleted: it is older than 7 days or no longer there.",
};

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireRunner();
  const params = await searchParams;
  const weeks = Math.min(Math.max(Number(params.weeks) || 8, 1), 520);
  const runnerDay = await getRunnerDay(actor);
  if (!runnerDay) notFound();
  const since = addDaysIso(runnerDay.today, -weeks * 7);
  const [entries, judged, { unit }] = await Promise.all([listHistory(actor, actor.id, since), getJudgedSessionsSince(actor, actor.id, since), getDistanceUnit(actor)]);
  const lightOf = new Map(judged.map((s) => [s.id, s]));
  const notice = Object.keys(notices).find((k) => params[k]);
  const days = [...new Set(entries.map((e) => e.date))];
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">History</h1>
      <p className="mb-4 text-sm text-slate-600">Your last {weeks} weeks, newest first. Entries from the last 7 days can be edited or deleted.</p>
      {notice ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {notices[notice]}
        </p>
      ) : null}
      {entries.length === 0 ? <p className="text-slate-600">Nothing logged in this period.</p> : null}
      <ol className="flex flex-col gap-4" aria-label="Your log">
        {days.map((day) => (
          <li key={day}>
            <h2 className="mb-1 text-sm font-semibold text-slate-700">{formatDay(day)}</h2>
            <ul className="flex flex-col gap-2">
              {entries
                .filter((e) => e.date === day)
                .map((entry) => (
                  <HistoryItem key={entry.type === "session" ? entry.log.id : entry.checkin.id} entry={entry} judged={entry.type === "session" ? lightOf.get(entry.log.id) : undefined} rules={runnerDay.rules} unit={unit} />
                ))}
            </ul>
          </li>
        ))}
      </ol>
      <Link href={`/history?weeks=${weeks * 2}`} className="mt-6 inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        Show older entries
      </Link>
    </>
  );
}
