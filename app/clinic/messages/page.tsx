import type { Metadata } from "next";
import Link from "next/link";
import { requireClinician } from "@/lib/auth/current-actor";
import { clinicTimeZone } from "@/lib/data/clinic";
import { listThreads } from "@/lib/data/messages";
import { formatDayTime } from "@/lib/date-format";

export const metadata: Metadata = { title: "Messages" };

/** The clinician's inbox: every conversation with a runner in their care, newest first, unread ones marked. */
export default async function ClinicMessagesPage() {
  const actor = await requireClinician();
  const [threads, timeZone] = await Promise.all([listThreads(actor), clinicTimeZone(actor)]);
  const unread = threads.filter((t) => t.unread > 0).length;
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Messages</h1>
      <p className="mb-4 text-sm text-slate-600">
        {threads.length === 0
          ? "No conversations yet. A runner's messages, and yours to them, appear here and on their page."
          : `${threads.length} ${threads.length === 1 ? "conversation" : "conversations"}, ${unread ? `${unread} with unread messages` : "all read"}.`}
      </p>
      <ul aria-label="Conversations" className="flex flex-col divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
        {threads.map((t) => (
          <li key={t.runnerId} className={t.unread ? "bg-brand-50" : undefined}>
            <Link href={`/clinic/runners/${t.runnerId}/messages`} prefetch={false} className="flex min-h-14 flex-col gap-0.5 px-4 py-2 hover:bg-slate-50">
              <span className="flex flex-wrap items-baseline gap-x-3">
                <span className={`text-brand-700 underline ${t.unread ? "font-bold" : "font-medium"}`}>{t.name}</span>
                {t.unread ? (
                  <span className="rounded-full bg-pain-red px-2 text-xs font-semibold text-white">
                    {t.unread} unread {t.unread === 1 ? "message" : "messages"}
                  </span>
                ) : null}
                <time dateTime={t.last.at.toISOString()} className="ml-auto text-xs text-slate-600">
                  {formatDayTime(t.last.at, timeZone)}
                </time>
              </span>
              <span className="line-clamp-1 text-sm text-slate-700">
                {t.last.mine ? "You" : t.last.authorName}: {t.last.body}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
