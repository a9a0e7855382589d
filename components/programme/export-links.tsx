import Link from "next/link";
import { useTranslations } from "next-intl";

/** Everything about one runner that can be taken out of StrideBack; the same list for the runner and their clinicians. */
export function ExportLinks({ runnerId, programmeHref, className = "mt-4", bare = false }: { runnerId: string; programmeHref: string; className?: string; /** Inside a section that already names it. */ bare?: boolean }) {
  const t = useTranslations("exports");
  const file = (name: string) => `/export/runners/${runnerId}/${name}`;
  const link = "inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline";
  return (
    <section aria-labelledby={bare ? undefined : "exports-heading"} className={bare ? "no-print" : `no-print rounded-lg border border-slate-200 bg-white p-4 ${className}`}>
      {bare ? null : (
        <h2 id="exports-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
      )}
      <ul className="flex flex-col">
        <li>
          <Link href={programmeHref} prefetch={false} className={link}>
            {t("programme")}
          </Link>
        </li>
        <li>
          <a href={file("programme.pdf")} className={link}>
            {t("programmePdf")}
          </a>
        </li>
        <li>
          <a href={file("report.pdf")} className={link}>
            {t("report")}
          </a>
        </li>
        <li>
          <a href={file("logs.csv")} className={link}>
            {t("logs")}
          </a>
        </li>
        <li>
          <a href={file("fhir.json")} className={link}>
            {t("fhir")}
          </a>
        </li>
      </ul>
      <p className="text-xs text-slate-600">{t("audited")}</p>
    </section>
  );
}
