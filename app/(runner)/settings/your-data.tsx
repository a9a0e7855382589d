import { CloseAccountForm } from "@/components/lifecycle/close-account-form";
import { DataExportList } from "@/components/lifecycle/data-export-list";
import type { Actor } from "@/lib/data/actor";
import { retentionYears } from "@/lib/data/closure";
import { listDataExports } from "@/lib/data/data-exports";
import { closeOwnAccountAction, requestOwnDataExportAction } from "./data-actions";

/** The runner's own data: a copy of all of it, and closing the account. */
export async function YourData({ actor, timeZone }: { actor: Actor; timeZone: string }) {
  const [exports, years] = await Promise.all([listDataExports(actor, actor.id), retentionYears(actor)]);
  return (
    <>
      <h2 id="your-data" className="mt-8 mb-1 text-lg font-semibold">
        Your data
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        A copy of everything StrideBack holds about you: your logs, check-ins, messages, questionnaires and run files, with a README that explains each field. It is ready to download for seven days.
      </p>
      <DataExportList exports={exports} action={requestOwnDataExportAction} submit="Download my data" timeZone={timeZone} />
      <h2 id="close-account" className="mt-8 mb-1 text-lg font-semibold">
        Close your account
      </h2>
      <p className="mb-3 text-sm text-slate-600">You will be signed out and can no longer sign in. Download your data first if you want a copy.</p>
      <CloseAccountForm action={closeOwnAccountAction} whose="I" retentionYears={years} withPassword />
    </>
  );
}
