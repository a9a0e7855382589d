"use client";

import { useSavedAction } from "@/components/forms/use-saved-action";
import { SaveRow } from "@/components/forms/save-row";
import { Field } from "@/components/ui/field";
import type { FormAction } from "@/lib/validation/form-state";

/** Choosing run files from the phone or the computer; the server reads them (lib/runs) and says what it found. */
export function RunFilesForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useSavedAction(action);
  const errors = state.errors?.files;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <Field
        label="Run files (.fit, .gpx or .tcx)"
        name="files"
        type="file"
        multiple
        accept=".fit,.gpx,.tcx"
        hint="Export the run from your watch's app (Garmin Connect, Coros, Polar, Suunto, Strava's original file). Up to 10 files of 10 MB each."
        error={errors?.join(" ")}
      />
      {state.shown?.length ? (
        <ul aria-label="Already saved" className="text-sm">
          {state.shown.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      <SaveRow pending={pending} label="Read the files" pendingLabel="Reading…" message={state.message} />
    </form>
  );
}
