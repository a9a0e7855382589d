import type { ReactNode } from "react";

/**
 * Text that opens on demand: the native details/summary (keyboard and screen readers announce it as
 * expandable with no script), drawn as a button with a chevron that turns, so it looks like it opens.
 */
export function Disclosure({ label, context, children, className = "" }: { label: string; /** Added to the accessible name (not the text), where several disclosures share a label. */ context?: string; children: ReactNode; className?: string }) {
  return (
    <details className={`group ${className}`}>
      <summary aria-label={context ? `${label}: ${context}` : undefined} className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-brand-700 px-3 text-sm font-semibold text-brand-900 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="16" height="16" className="transition-transform group-open:rotate-90">
          <path d="M7 4l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {label}
      </summary>
      <div className="mt-2 space-y-2 text-sm">{children}</div>
    </details>
  );
}
