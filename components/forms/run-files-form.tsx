"use client";

import { useSavedAction } from "@/components/forms/use-saved-action";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { SaveRow } from "@/components/forms/save-row";
import { useRunnerId } from "@/components/offline/runner-offline";
import { type OfflineFile, OfflineRunFiles } from "@/components/runs/offline-run-files";
import { Field } from "@/components/ui/field";
import { takeSharedRuns } from "@/lib/offline/shared-runs";
import { RUN_FILES_BODY_LIMIT, RunFileError, sizeRefusals } from "@/lib/runs/reading";
import type { FormAction } from "@/lib/validation/form-state";
import type { ImportWords } from "@/components/runs/import-words";
import { fill } from "@/lib/i18n/fill";

const fileField = (form: HTMLFormElement | null) => form?.elements.namedItem("files") as HTMLInputElement | null;

/**
 * Choosing run files from the phone or the computer; the server reads them (lib/runs) and says what it found.
 * Files the runner shared from the watch's app, kept on the phone by the service worker (lib/offline/
 * shared-runs), are put in the field when the form opens and read at once, as if chosen here.
 */
export function RunFilesForm({ action, offline, words }: { action: FormAction; offline: Omit<Parameters<typeof OfflineRunFiles>[0], "files" | "runnerId" | "words">; words: ImportWords }) {
  const [state, formAction, pending] = useSavedAction(action);
  const [readHere, setReadHere] = useState<OfflineFile[] | null>(null);
  const [tooLarge, setTooLarge] = useState<string[]>([]);
  const [shared, setShared] = useState<string[] | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const runnerId = useRunnerId();
  const errors = tooLarge.length > 0 ? tooLarge : state.errors?.files;
  const sharedTaken = useRef(false);
  useEffect(() => {
    // Once per page, even where development runs effects twice: the same share must not be sent twice.
    if (sharedTaken.current || !("indexedDB" in window)) return;
    sharedTaken.current = true;
    void takeSharedRuns().then((files) => {
      const field = fileField(form.current);
      if (!field || files.length === 0) return;
      setShared(files.map((f) => f.name));
      const chosen = new DataTransfer();
      for (const file of files) chosen.items.add(file);
      field.files = chosen.files;
      form.current!.requestSubmit();
    });
  }, []);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const chosen = [...(fileField(event.currentTarget)?.files ?? [])];
    // More than an import may post is said here: the server would refuse the request before reading it.
    const refused = (chosen.reduce((sum, f) => sum + f.size, 0) > RUN_FILES_BODY_LIMIT ? sizeRefusals(chosen) : []).map(({ name, refusal }) =>
      name ? fill(words.ofFile, { name, refusal: words.refusals[refusal] }) : words.refusals[refusal],
    );
    setTooLarge(refused);
    if (refused.length > 0) return event.preventDefault();
    // Without a connection the phone reads the files itself (the readers load only then) for the runner to
    // add their pain; the files wait in the outbox, and the server reads them again when they arrive.
    if (navigator.onLine || !runnerId) return;
    event.preventDefault();
    void import("@/lib/runs/read-run-file").then(async ({ readRunFile }) =>
      setReadHere(
        await Promise.all(
          chosen.map(async (file) => {
            try {
              return { name: file.name, file, reading: readRunFile(new Uint8Array(await file.arrayBuffer())) };
            } catch (error) {
              return { name: file.name, file, error: error instanceof RunFileError ? words.refusals[error.refusal] : String(error) };
            }
          }),
        ),
      ),
    );
  };
  return (
    <>
      {shared ? (
        <p role="status" className="mb-4 rounded-md bg-slate-100 p-3 text-sm">
          {fill(words.sharedFromWatch, { files: shared.join(", ") })}
        </p>
      ) : null}
      <form ref={form} action={formAction} onSubmit={onSubmit} className="flex flex-col gap-4">
        <Field
          label={words.files}
          name="files"
          type="file"
          multiple
          accept=".fit,.gpx,.tcx"
          hint={words.filesHint}
          error={errors?.join(" ")}
        />
        {state.shown?.length ? (
          <ul aria-label={words.alreadySaved} className="text-sm">
            {state.shown.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        <SaveRow pending={pending} label={words.read} pendingLabel={words.reading} message={state.message} />
      </form>
      {readHere && runnerId ? <OfflineRunFiles files={readHere} runnerId={runnerId} {...offline} words={words.offline} /> : null}
    </>
  );
}
