"use client";

import { useState } from "react";

/** The one-time link, shown once, with a copy button; the link is all the runner needs to join. It is also emailed. */
export function InviteLink({ url, emailedTo }: { url: string; emailedTo?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="rounded-md border border-brand-600 bg-brand-50 p-3">
      {emailedTo ? <p className="mb-2 text-sm">We are emailing this link to {emailedTo}. If it does not arrive, send it yourself:</p> : null}
      <p className="text-sm font-medium">Invite link (valid 7 days, works once){emailedTo ? "" : ". Send it to the runner"}:</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <input readOnly value={url} aria-label="Invite link" className="min-h-11 flex-1 rounded-md border border-slate-300 bg-white px-2 text-sm" onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="min-h-11 rounded-md bg-brand-700 px-3 text-sm font-semibold text-white"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy link"}
        </button>
      </div>
    </div>
  );
}
