import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { requireClinician } from "@/lib/auth/current-actor";
import { AUDIT_KINDS, listAuditTrail, parseAuditFilters } from "@/lib/data/audit-trail";
import { auditSentence, groupRepeatedViews } from "@/lib/audit-sentences";
import { formatDateTime, formatTime } from "@/lib/date-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireClinician();
  const filters = parseAuditFilters(await searchParams);
  const [{ rows, hasMore, timeZone }, t, locale] = await Promise.all([listAuditTrail(actor, filters), getTranslations("audit"), getLocale()]);
  const lines = groupRepeatedViews(rows);
  const when = (at: Date, first: Date) => (first.getTime() === at.getTime() ? formatDateTime(at, timeZone, locale) : t("range", { first: formatTime(first, timeZone, locale), last: formatDateTime(at, timeZone, locale) }));
  const link = (page: number) => `/clinic/audit?${new URLSearchParams(Object.entries({ ...filters, page: String(page) }).filter((e): e is [string, string] => e[1] != null && e[1] !== ""))}`;
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("intro", { zone: timeZone.replaceAll("_", " ") })}</p>
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm font-medium">
          {t("q")}
          <input name="q" defaultValue={filters.q} className="min-h-11 rounded-md border border-slate-300 bg-white px-2" />
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t("what")}
          <select name="kind" defaultValue={filters.kind} className="min-h-11 rounded-md border border-slate-300 bg-white px-2">
            {AUDIT_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`kinds.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t("from")}
          <input type="date" name="from" defaultValue={filters.from} className="min-h-11 rounded-md border border-slate-300 bg-white px-2" />
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t("to")}
          <input type="date" name="to" defaultValue={filters.to} className="min-h-11 rounded-md border border-slate-300 bg-white px-2" />
        </label>
        <button type="submit" className="min-h-11 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold">
          {t("show")}
        </button>
      </form>
      {lines.length === 0 ? (
        <p className="text-slate-600">{t("nothing")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2">
                {t("when")}
              </th>
              <th scope="col" className="p-2">
                {t("happened")}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((r) => (
              <tr key={r.id} className="border-b border-slate-200">
                <td className="p-2 whitespace-nowrap">{when(r.at, r.firstAt)}</td>
                <td className="p-2">{auditSentence(r, r.times, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={t("pages")} className="mt-4 flex gap-3 text-sm">
        {filters.page > 1 ? (
          <Link href={link(filters.page - 1)} className="underline">
            {t("newer")}
          </Link>
        ) : null}
        {hasMore ? (
          <Link href={link(filters.page + 1)} className="underline">
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
