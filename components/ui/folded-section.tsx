import type { ReactNode } from "react";

/**
 * A section of a long page that opens on demand (native details/summary: no script, and announced as
 * expandable). Its title names the region inside, so a screen reader's list of regions and a test find
 * it by that name once open; `summary` says what is inside while it is closed.
 */
export function FoldedSection({ id, title, summary, open = false, children }: { id?: string; title: string; summary?: string; open?: boolean; children: ReactNode }) {
  return (
    <details id={id} open={open} className="group rounded-lg border border-slate-200 bg-white shadow-sm">
      <summary className="flex min-h-12 cursor-pointer list-none flex-wrap items-center gap-x-2 px-4 py-2 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" className="shrink-0 transition-transform group-open:rotate-90">
          <path d="M7 4l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="text-lg font-semibold">{title}</span>
        {summary ? <span className="text-sm text-slate-600">{summary}</span> : null}
      </summary>
      <section aria-label={title} className="border-t border-slate-200 p-4">
        {children}
      </section>
    </details>
  );
}
