import { useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { DataExportList } from "@/components/lifecycle/data-export-list";
import type { Actor } from "@/lib/data/actor";
import { type Closure, retentionYears } from "@/lib/data/closure";
import { listDataExports } from "@/lib/data/data-exports";
import { calendarDayOf, formatDay } from "@/lib/date-format";
import type { Locale } from "@/lib/i18n/locales";
import { CloseRunnerForm } from "./close-runner-form";
import { closeRunnerAccountAction, requestRunnerDataExportAction } from "./lifecycle-actions";

const day = (instant: Date, timeZone: string, locale: Locale) => formatDay(calendarDayOf(instant, timeZone), locale);

/** At the top of a closed runner's page: whose account it was, when it closed, how long the record is kept, and what was removed. */
export function ClosureNotice({ closure, timeZone }: { closure: Closure; timeZone: string }) {
  const t = useTranslations("data");
  const locale = useLocale();
  const removed = closure.removed;
  return (
    <section role="status" aria-label={t("closedLabel")} className="mb-4 rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm">
      <p className="font-semibold">{t("closedOn", { date: day(closure.closedAt, timeZone, locale), byRunner: closure.byRunner ? "yes" : "no", by: closure.closedBy ?? "" })}</p>
      {removed && closure.deidentifiedAt ? (
        <p>{t("removed", { date: day(closure.deidentifiedAt, timeZone, locale), notes: removed.notes, messages: removed.messages, files: removed.files })}</p>
      ) : (
        <p>{t("retained", { date: formatDay(closure.retainUntil, locale) })}</p>
      )}
    </section>
  );
}

/** A copy of the runner's data on request, and (for an admin) closing their account. */
export async function LifecycleSection({ actor, runnerId, runnerName, closure, timeZone }: { actor: Actor; runnerId: string; runnerName: string; closure: Closure | null; timeZone: string }) {
  const [exports, years, t] = await Promise.all([listDataExports(actor, runnerId), retentionYears(actor), getTranslations("data")]);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h3 className="mb-1 font-semibold">{t("runnerCopy", { name: runnerName })}</h3>
        <p className="mb-2 text-sm text-slate-600">{t("runnerCopyIntro")}</p>
        <DataExportList exports={exports} action={requestRunnerDataExportAction.bind(null, runnerId)} submit={t("produceCopy")} timeZone={timeZone} />
      </div>
      {actor.admin && !closure ? (
        <div>
          <h3 className="mb-1 font-semibold">{t("closeAccount")}</h3>
          <CloseRunnerForm
            action={closeRunnerAccountAction.bind(null, runnerId)}
            words={{
              form: { password: t("password"), understood: t("understoodRunner", { name: runnerName }), kept: t("kept", { years }), submit: t("closeRunner"), closing: t("closing") },
              title: t("closeRunnerTitle", { name: runnerName }),
              description: t("closeRunnerBody", { name: runnerName, years }),
              confirm: t("closeConfirm"),
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
