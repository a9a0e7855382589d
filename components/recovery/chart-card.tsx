import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ChartName, type ChartView, tableHref } from "./chart-view";

/**
 * A chart with its one-sentence summary and its values as a table. The table is a link that reloads the
 * page with it open (no JavaScript needed), so a page with two years of history does not carry four long
 * tables nobody opened. `table` renders only when this chart's table is the one asked for.
 */
export function ChartCard({ name, view, title, summary, chart, table }: { name: ChartName; view: ChartView; title: string; summary: string; chart: React.ReactNode; table?: () => React.ReactNode }) {
  const t = useTranslations("charts");
  const open = view.table === name;
  return (
    <section id={`chart-${name}`} aria-label={title} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mb-3 text-sm text-slate-700">{summary}</p>
      {chart}
      {table ? (
        <>
          <Link href={tableHref(view, name, !open)} scroll={false} prefetch={false} className="no-print mt-3 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
            {t(open ? "hideTable" : "showTable")}
          </Link>
          {open ? <div className="max-h-80 overflow-auto">{table()}</div> : null}
        </>
      ) : null}
    </section>
  );
}

export function ChartSkeleton({ title }: { title: string }) {
  return (
    <section aria-label={title} aria-busy="true" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="mt-2 h-4 w-2/3 animate-pulse rounded bg-slate-200" />
      <div className="mt-4 h-48 animate-pulse rounded bg-slate-100" />
    </section>
  );
}

export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  // Cell styles live on the table, not on each of the hundreds of cells a long range has.
  return (
    <table className="mt-2 w-full text-left text-sm tabular-nums [&_td]:p-1.5 [&_th]:border-b [&_th]:border-slate-200 [&_th]:p-1.5 [&_tr]:border-b [&_tr]:border-slate-100">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
