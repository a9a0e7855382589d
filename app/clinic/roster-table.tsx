import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Sparkline } from "@/components/sparkline";
import { TriageStatus } from "@/components/triage-status";
import type { Actor } from "@/lib/data/actor";
import { unreadCounts } from "@/lib/data/messages";
import { getDistanceUnit } from "@/lib/data/preferences";
import { getRosterPage, type RosterView, type Sort } from "@/lib/data/roster";
import { formatDay } from "@/lib/date-format";
import { presentationAndSide } from "@/lib/labels";
import { painBands } from "@/lib/rules/thresholds";
import { LastRunLine } from "./last-run-line";
import { SortHeader } from "./sort-header";

/** One page of the roster: the stored summaries and the unread counts, read side by side. */
export async function RosterTable({ actor, view, params }: { actor: Actor; view: RosterView; params: Record<string, string | undefined> }) {
  const [roster, unread, { unit }, t, locale] = await Promise.all([getRosterPage(actor, view), unreadCounts(actor), getDistanceUnit(actor), getTranslations("caseload"), getLocale()]);
  const runners = roster.rows;
  const header = (label: string, column: Sort, hint?: string) => <SortHeader label={label} hint={hint} column={column} current={view.sort} dir={view.dir} params={params} />;
  const pageLink = (page: number) => `/clinic?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v != null)) as Record<string, string>, page: String(page) })}`;
  return (
    <>
      <p className="mb-2 text-sm text-slate-600">{t("count", { matching: roster.matching, total: roster.total })}</p>
      {runners.length === 0 ? (
        <p className="text-slate-600">{t(roster.total === 0 ? "empty" : "noMatch")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          {/* One line per runner (two for the name and plan), so a screen of 1280x800 holds eight or more. */}
          <table className="w-full text-left text-sm [&_tbody_td]:px-2 [&_tbody_td]:py-1.5 [&_tbody_th]:px-3 [&_tbody_th]:py-1.5">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                {header(t("runner"), "name")}
                {header(t("status"), "attention")}
                <th scope="col" className="px-2 py-1 whitespace-nowrap">
                  {t("pain")}
                  <span className="block text-xs font-normal text-slate-600">{t("fourWeeks")}</span>
                </th>
                {header(t("lastLog"), "lastLog")}
                {header(t("lastPain"), "pain", t("lastPainHint"))}
                {header(t("done"), "completion", t("fourteenDays"))}
                {header(t("plan"), "plan")}
              </tr>
            </thead>
            <tbody>
              {runners.map((r) => (
                <tr key={r.runnerId} className="border-t border-slate-100 align-top" data-runner-id={r.runnerId}>
                  <th scope="row" className="font-medium">
                    {/* Never prefetched: opening a runner's record is audited, and a prefetch would record a view nobody made. */}
                    <Link href={`/clinic/runners/${r.runnerId}`} prefetch={false} className="text-brand-700 underline">
                      {r.name}
                    </Link>
                    {unread.get(r.runnerId) ? (
                      <Link href={`/clinic/runners/${r.runnerId}/messages`} prefetch={false} className="ml-2 inline-block rounded-full bg-brand-700 px-2 text-xs font-semibold text-white">
                        {t("unread", { count: unread.get(r.runnerId)! })}
                        <span className="sr-only">{t("unreadWhat", { count: unread.get(r.runnerId)! })}</span>
                      </Link>
                    ) : null}
                    <span className="block max-w-[10rem] truncate text-xs font-normal text-slate-600">
                      {presentationAndSide(r.presentation, r.affectedSide, locale)}
                    </span>
                    {r.noClinician ? <span className="ml-2 inline-block rounded bg-amber-100 px-2 text-xs font-semibold text-slate-900">{t("noClinician")}</span> : null}
                  </th>
                  <td>
                    <TriageStatus triage={r.triage} compact />
                  </td>
                  <td>
                    <Sparkline values={r.sparkline} label={t("sparkline", { name: r.name })} bands={painBands(r.rules).during} width={88} height={24} />
                  </td>
                  <td className="whitespace-nowrap">
                    {r.lastLogDate ? formatDay(r.lastLogDate, locale) : t("never")}
                    {r.lastRun ? <LastRunLine run={r.lastRun} unit={unit} /> : null}
                  </td>
                  <td className="tabular-nums">
                    {`${r.lastPainDuring ?? "–"} / ${r.lastPainAfter ?? "–"} / ${r.lastMorningPain ?? "–"}`}
                  </td>
                  <td className="whitespace-nowrap tabular-nums">{r.completion ? t("doneOf", { done: r.completion.done, prescribed: r.completion.prescribed }) : "–"}</td>
                  <td>
                    <span className="block max-w-[9rem] truncate" title={r.planTitle ?? undefined}>
                      {r.planTitle ?? t("none")}
                    </span>
                    {r.planStartDate ? <span className="block text-xs text-slate-600">{t("since", { date: formatDay(r.planStartDate, locale) })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {roster.pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex flex-wrap items-center gap-2 text-sm">
          {roster.page > 1 ? <Link prefetch={false} href={pageLink(roster.page - 1)} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3">
              {t("previous")}
            </Link> : null}
          <span>{t("page", { page: roster.page, pages: roster.pages })}</span>
          {roster.page < roster.pages ? <Link prefetch={false} href={pageLink(roster.page + 1)} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3">
              {t("next")}
            </Link> : null}
        </nav>
      ) : null}
    </>
  );
}
