import { useTranslations } from "next-intl";

/** What the roster shows while its summaries are judged: the table's place, and a sentence for screen readers. */
export function RosterSkeleton() {
  const t = useTranslations("caseload");
  return (
    <div role="status" aria-live="polite" className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-sm text-slate-600">{t("loading")}</p>
      <div aria-hidden="true" className="mt-3 flex flex-col gap-2">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="h-8 animate-pulse rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
