import Link from "next/link";

/** Everything about one runner that can be taken out of StrideBack; the same list for the runner and their clinicians. */
export function ExportLinks({ runnerId, programmeHref, className = "mt-4", bare = false }: { runnerId: string; programmeHref: string; className?: string; /** Inside a section that already names it. */ bare?: boolean }) {
  const file = (name: string) => `/export/runners/${runnerId}/${name}`;
  const link = "inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline";
  return (
    <section aria-labelledby={bare ? undefined : "exports-heading"} className={bare ? "no-print" : `no-print rounded-lg border border-slate-200 bg-white p-4 ${className}`}>
      {bare ? null : (
        <h2 id="exports-heading" className="text-lg font-semibold">
          Share and export
        </h2>
      )}
      <ul className="flex flex-col">
        <li>
          <Link href={programmeHref} prefetch={false} className={link}>
            Home programme (to print)
          </Link>
        </li>
        <li>
          <a href={file("programme.pdf")} className={link}>Home programme (PDF)</a>
        </li>
        <li>
          <a href={file("report.pdf")} className={link}>Progress report for a referral (PDF)</a>
        </li>
        <li>
          <a href={file("logs.csv")} className={link}>All logs and check-ins (CSV)</a>
        </li>
        <li>
          <a href={file("fhir.json")} className={link}>Health record (FHIR R4 JSON)</a>
        </li>
      </ul>
      <p className="text-xs text-slate-600">Each download is recorded in the clinic&apos;s audit trail.</p>
    </section>
  );
}
