import type { Metadata } from "next";
import Link from "next/link";
import { requireClinician } from "@/lib/auth/current-actor";
import { AUDIT_KINDS, listAuditTrail, parseAuditFilters } from "@/lib/data/audit-trail";
import { auditSentence, groupRepeatedViews } from "@/lib/audit-sentences";
import { formatDateTime, formatTime } from "@/lib/date-format";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireClinician();
  const filters = parseAuditFilters(await searchParams);
  const { rows, hasMore, timeZone } = await listAuditTrail(actor, filters);
  const lines = groupRepeatedViews(rows);
  const when = (at: Date, first: Date) => (first.getTime() === at.getTime() ? formatDateTime(at, timeZone) : `${formatTime(first, timeZone)} to ${formatDateTime(at, timeZone)}`);
  const link = (page: number) => `/clinic/audit?${new URLSearchParams(Object.entries({ ...filters, page: String(page) }).filter((e): e is [string, string] => e[1] != null && e[1] !== ""))}`;
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Audit log</h1>
      <p className="mb-4 text-sm text-slate-600">Who opened or changed which runner&apos;s record, and every sign-in event in your clinic. Times are the clinic&apos;s ({timeZone.replaceAll("_", " ")}); repeated views of one record are one line.</p>
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm font-medium">
          Runner or staff name
          <input name="q" defaultValue={filters.q} className="min-h-11 rounded-md border border-slate-300 bg-white px-2" />
        </label>
        <label className="flex flex-col text-sm font-medium">
          What
          <select name="kind" defaultValue={filters.kind} className="min-h-11 rounded-md border border-slate-300 bg-white px-2">
            {Object.entries(AUDIT_KINDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          From
          <input type="date" name="from" defaultValue={filters.from} className="min-h-11 rounded-md border border-slate-300 bg-white px-2" />
        </label>
        <label className="flex flex-col text-sm font-medium">
          To
          <input type="date" name="to" defaultValue={filters.to} className="min-h-11 rounded-md border border-slate-300 bg-white px-2" />
        </label>
        <button type="submit" className="min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold">
          Show
        </button>
      </form>
      {lines.length === 0 ? (
        <p className="text-slate-600">Nothing matches.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit entries, newest first</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">When</th>
              <th scope="col" className="p-2">What happened</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((r) => (
              <tr key={r.id} className="border-b border-slate-200">
                <td className="p-2 whitespace-nowrap">{when(r.at, r.firstAt)}</td>
                <td className="p-2">{auditSentence(r, r.times)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
        {filters.page > 1 ? <Link href={link(filters.page - 1)} className="underline">Newer</Link> : null}
        {hasMore ? <Link href={link(filters.page + 1)} className="underline">Older</Link> : null}
      </nav>
    </>
  );
}
