import { DataExportList } from "@/components/lifecycle/data-export-list";
import type { Actor } from "@/lib/data/actor";
import { type Closure, retentionYears } from "@/lib/data/closure";
import { listDataExports } from "@/lib/data/data-exports";
import { calendarDayOf, formatDay } from "@/lib/date-format";
import { CloseRunnerForm } from "./close-runner-form";
import { closeRunnerAccountAction, requestRunnerDataExportAction } from "./lifecycle-actions";

const day = (instant: Date, timeZone: string) => formatDay(calendarDayOf(instant, timeZone));
const howMany = (n: number, thing: string) => `${n} ${thing}${n === 1 ? "" : "s"}`;

/** At the top of a closed runner's page: whose account it was, when it closed, how long the record is kept, and what was removed. */
export function ClosureNotice({ closure, timeZone }: { closure: Closure; timeZone: string }) {
  const removed = closure.removed;
  return (
    <section role="status" aria-label="Account closed" className="mb-4 rounded-lg border border-slate-300 bg-slate-50 p-4 text-sm">
      <p className="font-semibold">
        Account closed on {day(closure.closedAt, timeZone)} {closure.byRunner ? "by the runner" : `by ${closure.closedBy}`}
      </p>
      {removed && closure.deidentifiedAt ? (
        <p>
          Identifying data removed on {day(closure.deidentifiedAt, timeZone)}: name, email, {howMany(removed.notes, "note")}, {howMany(removed.messages, "message")} and {howMany(removed.files, "file")}. The numbers stay for the clinic&apos;s figures.
        </p>
      ) : (
        <p>No sign-in, reminders or email. The record stays readable to the care team until {formatDay(closure.retainUntil)}; then the name, email, notes and files are removed.</p>
      )}
    </section>
  );
}

/** A copy of the runner's data on request, and (for an admin) closing their account. */
export async function LifecycleSection({ actor, runnerId, runnerName, closure, timeZone }: { actor: Actor; runnerId: string; runnerName: string; closure: Closure | null; timeZone: string }) {
  const [exports, years] = await Promise.all([listDataExports(actor, runnerId), retentionYears(actor)]);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h3 className="mb-1 font-semibold">A copy of {runnerName}&apos;s data</h3>
        <p className="mb-2 text-sm text-slate-600">When the runner asks for their record: every record about them, their run files and a README, as one zip, for seven days.</p>
        <DataExportList exports={exports} action={requestRunnerDataExportAction.bind(null, runnerId)} submit="Produce a copy of their data" timeZone={timeZone} />
      </div>
      {actor.admin && !closure ? (
        <div>
          <h3 className="mb-1 font-semibold">Close the account</h3>
          <CloseRunnerForm action={closeRunnerAccountAction.bind(null, runnerId)} name={runnerName} retentionYears={years} />
        </div>
      ) : null}
    </div>
  );
}
