import Link from "next/link";
import { Sparkline } from "@/components/sparkline";
import { TriageStatus } from "@/components/triage-status";
import type { Actor } from "@/lib/data/actor";
import { unreadCounts } from "@/lib/data/messages";
import { getDistanceUnit } from "@/lib/data/preferences";
import { getRosterPage, type RosterView, type Sort } from "@/lib/data/roster";
import { formatDay } from "@/lib/date-format";
import { presentationLabel, sideLabel } from "@/lib/labels";
import { painBands } from "@/lib/rules/thresholds";
import { LastRunLine } from "./last-run-line";
import { SortHeader } from "./sort-header";

/** One page of the roster: the stored summaries and the unread counts, read side by side. */
export async function RosterTable({ actor, view, params }: { actor: Actor; view: RosterView; params: Record<string, string | undefined> }) {
  const [roster, unread, { unit }] = await Promise.all([getRosterPage(actor, view), unreadCounts(actor), getDistanceUnit(actor)]);
  const runners = roster.rows;
  const header = (label: string, column: Sort, hint?: string) => <SortHeader label={label} hint={hint} column={column} current={view.sort} dir={view.dir} params={params} />;
  const pageLink = (page: number) => `/clinic?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v != null)) as Record<string, string>, page: String(page) })}`;
  return (
    <>
      <p className="mb-2 text-sm text-slate-600">{roster.matching} of {roster.total} runners</p>
      {runners.length === 0 ? (
        <p className="text-slate-600">{roster.total === 0 ? "No runners in your care yet." : "No runner matches."}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          {/* One line per runner (two for the name and plan), so a screen of 1280x800 holds eight or more. */}
          <table className="w-full text-left text-sm [&_tbody_td]:px-2 [&_tbody_td]:py-1.5 [&_tbody_th]:px-3 [&_tbody_th]:py-1.5">
            <caption className="sr-only">Runners in your care, those who need attention first</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                {header("Runner", "name")}
                {header("Status", "attention")}
                <th scope="col" className="px-2 py-1 whitespace-nowrap">
                  Pain
                  <span className="block text-xs font-normal text-slate-600">4 weeks</span>
                </th>
                {header("Last log", "lastLog")}
                {header("Last pain", "pain", "during/after/morning")}
                {header("Done", "completion", "14 days")}
                {header("Plan", "plan")}
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
                        {`${unread.get(r.runnerId)} unread`}
                        <span className="sr-only">{unread.get(r.runnerId) === 1 ? " message" : " messages"}</span>
                      </Link>
                    ) : null}
                    <span className="block max-w-[10rem] truncate text-xs font-normal text-slate-600">
                      {`${presentationLabel[r.presentation]} (${sideLabel[r.affectedSide].toLowerCase()})`}
                    </span>
                    {r.noClinician ? <span className="ml-2 inline-block rounded bg-amber-100 px-2 text-xs font-semibold text-slate-900">No clinician</span> : null}
                  </th>
                  <td>
                    <TriageStatus triage={r.triage} compact />
                  </td>
                  <td>
                    <Sparkline values={r.sparkline} label={`Daily worst pain over 4 weeks for ${r.name}`} bands={painBands(r.rules).during} width={88} height={24} />
                  </td>
                  <td className="whitespace-nowrap">
                    {r.lastLogDate ? formatDay(r.lastLogDate) : "Never"}
                    {r.lastRun ? <LastRunLine run={r.lastRun} unit={unit} /> : null}
                  </td>
                  <td className="tabular-nums">
                    {`${r.lastPainDuring ?? "–"} / ${r.lastPainAfter ?? "–"} / ${r.lastMorningPain ?? "–"}`}
                  </td>
                  <td className="whitespace-nowrap tabular-nums">{r.completion ? `${r.completion.done} of ${r.completion.prescribed}` : "–"}</td>
                  <td>
                    <span className="block max-w-[9rem] truncate" title={r.planTitle ?? undefined}>
                      {r.planTitle ?? "None"}
                    </span>
                    {r.planStartDate ? <span className="block text-xs text-slate-600">since {formatDay(r.planStartDate)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {roster.pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
          {roster.page > 1 ? <Link prefetch={false} href={pageLink(roster.page - 1)} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3">Previous</Link> : null}
          <span>Page {roster.page} of {roster.pages}</span>
          {roster.page < roster.pages ? <Link prefetch={false} href={pageLink(roster.page + 1)} className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3">Next</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
