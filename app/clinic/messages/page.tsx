import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { requireClinician } from "@/lib/auth/current-actor";
import { clinicTimeZone } from "@/lib/data/clinic";
import { listThreads } from "@/lib/data/messages";
import { formatDayTime } from "@/lib/date-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messages"))("title") };
}

/** The clinician's inbox: every conversation with a runner in their care, newest first, unread ones marked. */
export default async function ClinicMessagesPage() {
  const actor = await requireClinician();
  const [threads, timeZone, t, messages, locale] = await Promise.all([listThreads(actor), clinicTimeZone(actor), getTranslations("inbox"), getTranslations("messages"), getLocale()]);
  const unread = threads.filter((th) => th.unread > 0).length;
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{messages("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">
        {threads.length === 0 ? t("none") : t("count", { count: threads.length, unread })}
      </p>
      <ul aria-label={t("list")} className="flex flex-col divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
        {threads.map((th) => (
          <li key={th.runnerId} className={th.unread ? "bg-brand-50" : undefined}>
            <Link href={`/clinic/runners/${th.runnerId}/messages`} prefetch={false} className="flex min-h-14 flex-col gap-0.5 px-4 py-2 hover:bg-slate-50">
              <span className="flex flex-wrap items-baseline gap-x-3">
                <span className={`text-brand-700 underline ${th.unread ? "font-bold" : "font-medium"}`}>{th.name}</span>
                {th.unread ? (
                  <span className="rounded-full bg-pain-red px-2 text-xs font-semibold text-white">
                    {t("unread", { count: th.unread })}
                  </span>
                ) : null}
                <time dateTime={th.last.at.toISOString()} className="ml-auto text-xs text-slate-600">
                  {formatDayTime(th.last.at, timeZone, locale)}
                </time>
              </span>
              <span className="line-clamp-1 text-sm text-slate-700">
                {t("last", { who: th.last.mine ? messages("you") : th.last.authorName, body: th.last.body })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
