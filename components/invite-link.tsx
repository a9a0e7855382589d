"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** The one-time link, shown once, with a copy button; the link is all the runner needs to join. It is also emailed. */
export function InviteLink({ url, emailedTo }: { url: string; emailedTo?: string }) {
  const t = useTranslations("clinicForms.invite");
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="rounded-md border border-brand-600 bg-brand-50 p-3">
      {emailedTo ? <p className="mb-2 text-sm">{t("emailing", { email: emailedTo })}</p> : null}
      <p className="text-sm font-medium">
        {t("link")}
        {emailedTo ? null : t("sendIt")}:
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <input readOnly value={url} aria-label={t("label")} className="min-h-11 flex-1 rounded-md border border-slate-300 bg-white px-2 text-sm" onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="min-h-11 rounded-md bg-brand-700 px-3 text-sm font-semibold text-white"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {t(copied ? "copied" : "copy")}
        </button>
      </div>
    </div>
  );
}
