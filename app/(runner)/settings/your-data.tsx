import { getTranslations } from "next-intl/server";
import { CloseAccountForm } from "@/components/lifecycle/close-account-form";
import { DataExportList } from "@/components/lifecycle/data-export-list";
import type { Actor } from "@/lib/data/actor";
import { retentionYears } from "@/lib/data/closure";
import { listDataExports } from "@/lib/data/data-exports";
import { closeOwnAccountAction, requestOwnDataExportAction } from "./data-actions";

/** The runner's own data: a copy of all of it, and closing the account. */
export async function YourData({ actor, timeZone }: { actor: Actor; timeZone: string }) {
  const [exports, years, t] = await Promise.all([listDataExports(actor, actor.id), retentionYears(actor), getTranslations("data")]);
  return (
    <>
      <h2 id="your-data" className="mt-8 mb-1 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("intro")}</p>
      <DataExportList exports={exports} action={requestOwnDataExportAction} submit={t("download")} timeZone={timeZone} />
      <h2 id="close-account" className="mt-8 mb-1 text-lg font-semibold">
        {t("closeTitle")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("closeIntro")}</p>
      <CloseAccountForm
        action={closeOwnAccountAction}
        words={{ password: t("password"), understood: t("understoodSelf"), kept: t("kept", { years }), submit: t("closeMine"), closing: t("closing") }}
        withPassword
      />
    </>
  );
}
