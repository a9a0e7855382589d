/** A chart with its one-sentence summary and a "show as table" alternative that needs no JavaScript. */
export function ChartCard({ title, summary, chart, table }: { title: string; summary: string; chart: React.ReactNode; table: React.ReactNode }) {
  return (
    <section aria-label={title} className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mb-3 text-sm text-slate-700">{summary}</p>
      {chart}
      <details className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700">Show as table</summary>
        <div className="max-h-80 overflow-auto">{table}</div>
      </details>
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
