import { useLocale, useTranslations } from "next-intl";
import { SimpleForm } from "@/components/forms/simple-form";
import type { DataExportView } from "@/lib/data/data-exports";
import { calendarDayOf, formatDay } from "@/lib/date-format";
import type { FormAction } from "@/lib/validation/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { formatFixed } from "@/lib/number-format";

/** An archive's size in the reader's locale: "1.5 MB", "1,5 MB". */
const size = (bytes: number, locale: Locale) => (bytes >= 1_048_576 ? `${formatFixed(bytes / 1_048_576, 1, locale)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** "Download my data" (or a clinician's copy for a runner): the ask, and the archives asked for, with what each can still do. */
export function DataExportList({ exports, action, submit, timeZone }: { exports: DataExportView[]; action: FormAction; submit: string; timeZone: string }) {
  const t = useTranslations("data");
  const locale = useLocale();
  const day = (instant: Date) => formatDay(calendarDayOf(instant, timeZone), locale);
  return (
    <div className="flex flex-col gap-3">
      {exports.length ? (
        <ul aria-label={t("archives")} className="flex flex-col gap-2 text-sm">
          {exports.map((archive) => (
            <li key={archive.id} className="rounded-md border border-slate-200 p-3">
              <p>{t("askedOn", { date: day(archive.requestedAt) })}</p>
              {archive.state === "preparing" ? <p className="text-slate-700">{t("preparing")}</p> : null}
              {archive.state === "ready" ? (
                <p>
                  <a href={`/export/archives/${archive.id}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                    {t("downloadArchive", { size: size(archive.sizeBytes!, locale) })}
                  </a>{" "}
                  <span className="text-slate-700">{t("until", { date: day(archive.expiresAt!) })}</span>
                </p>
              ) : null}
              {archive.state === "expired" ? <p className="text-slate-700">{t("expired")}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <SimpleForm action={action} submit={submit} pendingLabel={t("asking")} variant="secondary" fields={[]} />
    </div>
  );
}
