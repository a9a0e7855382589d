"use client";

import { useSavedAction } from "@/components/forms/use-saved-action";
import { type FormEvent, useState } from "react";
import { SaveRow } from "@/components/forms/save-row";
import { useRunnerId } from "@/components/offline/runner-offline";
import { type OfflineFile, OfflineRunFiles } from "@/components/runs/offline-run-files";
import { Field } from "@/components/ui/field";
import type { FormAction } from "@/lib/validation/form-state";

/** Choosing run files from the phone or the computer; the server reads them (lib/runs) and says what it found. */
export function RunFilesForm({ action, offline }: { action: FormAction; offline: Omit<Parameters<typeof OfflineRunFiles>[0], "files" | "runnerId"> }) {
  const [state, formAction, pending] = useSavedAction(action);
  const [readHere, setReadHere] = useState<OfflineFile[] | null>(null);
  const runnerId = useRunnerId();
  const errors = state.errors?.files;
  // Without a connection the phone reads the files itself (the readers load only then) for the runner to
  // add their pain; the files wait in the outbox, and the server reads them again when they arrive.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (navigator.onLine || !runnerId) return;
    event.preventDefault();
    const chosen = [...((event.currentTarget.elements.namedItem("files") as HTMLInputElement | null)?.files ?? [])];
    void import("@/lib/runs/read-run-file").then(async ({ readRunFile }) =>
      setReadHere(
        await Promise.all(
          chosen.map(async (file) => {
            try {
              return { name: file.name, file, reading: readRunFile(new Uint8Array(await file.arrayBuffer())) };
            } catch (error) {
              return { name: file.name, file, error: error instanceof Error ? error.message : String(error) };
            }
          }),
        ),
      ),
    );
  };
  return (
    <>
      <form action={formAction} onSubmit={onSubmit} className="flex flex-col gap-4">
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
      {readHere && runnerId ? <OfflineRunFiles files={readHere} runnerId={runnerId} {...offline} /> : null}
    </>
  );
}
