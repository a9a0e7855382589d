/** What a page shows while its data loads: blocks of the page's shape, read as "Loading". */
export function PageSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <div aria-busy="true" className="animate-pulse">
      <p className="sr-only">Loading…</p>
      <div className="mb-4 h-8 w-48 rounded bg-slate-200" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="mb-3 h-20 rounded-lg bg-slate-100" />
      ))}
    </div>
  );
}
