import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("title") };
}

const NOTICES = ["saved", "deleted", "deleteFailed"] as const;

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireRunner();
  const params = await searchParams;
  const weeks = Math.min(Math.max(Number(params.weeks) || 8, 1), 520);
  const runnerDay = await getRunnerDay(actor);
  if (!runnerDay) notFound();
  const since = addDaysIso(runnerDay.today, -weeks * 7);
  const [entries, judged, { unit }, t, locale] = await Promise.all([
    listHistory(actor, actor.id, since),
    getJudgedSessionsSince(actor, actor.id, since),
    getDistanceUnit(actor),
    getTranslations("history"),
    getLocale(),
  ]);
  const lightOf = new Map(judged.map((s) => [s.id, s]));
  const notice = NOTICES.find((k) => params[k]);
  const days = [...new Set(entries.map((e) => e.date))];
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("intro", { weeks })}</p>
      {notice ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {t(notice)}
        </p>
      ) : null}
      {entries.length === 0 ? <p className="text-slate-600">{t("empty")}</p> : null}
      <ol className="flex flex-col gap-4" aria-label={t("log")}>
        {days.map((day) => (
          <li key={day}>
            <h2 className="mb-1 text-sm font-semibold text-slate-700">{formatDay(day, locale)}</h2>
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
        {t("older")}
      </Link>
    </>
  );
}
