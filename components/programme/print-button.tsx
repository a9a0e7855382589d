"use client";

/** Opens the browser's print dialog; the page's print styles leave out the app's header and buttons. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
      {label}
    </button>
  );
}
