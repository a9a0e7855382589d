import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunLogForm } from "@/components/forms/run-log-form";
import { runWords } from "@/components/forms/run-words";
import { SimpleForm } from "@/components/forms/simple-form";
import { RunReading } from "@/components/runs/run-reading";
import { requireRunner } from "@/lib/auth/current-actor";
import { getRunFile } from "@/lib/data/run-files";
import { getRunnerDay } from "@/lib/data/today";
import { getDistanceUnit } from "@/lib/data/preferences";
import { formatDistance } from "@/lib/units";
import { formatDay } from "@/lib/date-format";
import { REINJURY_PRESENTATIONS } from "@/lib/rules/red-flags";
import { painBands } from "@/lib/rules/thresholds";
import { addRunFileToRunAction, discardRunFileAction, saveRunFromFileAction } from "../actions";

export const metadata: Metadata = { title: "Save a run from your watch" };

/**
 * One run read from a file: what the watch measured, and what only the runner can add. A run already
 * typed by hand for that day and distance is offered instead, so the run is never stored twice.
 */
export default async function RunFromFilePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRunner();
  const [day, found, { unit }] = await Promise.all([getRunnerDay(actor), getRunFile(actor, (await params).id), getDistanceUnit(actor)]);
  if (!day || !found) notFound();
  const { file, match } = found;
  const discard = <SimpleForm action={discardRunFileAction} fields={[{ kind: "hidden", name: "runFileId", value: file.id }]} submit="Not this run: discard the file" variant="secondary" pendingLabel="Discarding…" />;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Your run of {formatDay(file.date)}</h1>
      <section aria-label="What your watch measured" className="mb-5 rounded-md bg-brand-50 p-3">
        <h2 className="mb-2 font-semibold">What your watch measured</h2>
        <RunReading file={file} timeZone={day.runner.timeZone} unit={unit} />
      </section>
      {file.sessionLogId ? (
        <p role="status">
          This run is saved.{" "}
          <Link href="/history" className="font-medium text-brand-700 underline">
            See it in your history
          </Link>
        </p>
      ) : match ? (
        <section aria-label="You logged this run already" className="flex flex-col gap-3">
          <p>
            You logged a run by hand that day: {formatDistance(match.distanceKm, unit)} in {match.durationMinutes} minutes. It is the same run, so the file is added to it rather than stored as a second run; its distance
            and moving time replace the ones you typed, your pain and effort stay.
          </p>
          {match.editable ? (
            <SimpleForm
              action={addRunFileToRunAction}
              fields={[
                { kind: "hidden", name: "runFileId", value: file.id },
                { kind: "hidden", name: "runId", value: match.id },
              ]}
              submit="Add the file to the run you logged"
              pendingLabel="Adding…"
            />
          ) : (
            <p className="text-sm text-slate-700">That run is older than 7 days, so it is read-only: the file cannot be added to it.</p>
          )}
          {discard}
        </section>
      ) : (
        <>
          {/* A new id per form: a double tap or a retry of this same form stores one run. */}
          <RunLogForm
            action={saveRunFromFileAction}
            clientId={randomUUID()}
            defaults={{ date: file.date }}
            maxDate={day.today}
            submitLabel="Save run"
            bands={painBands(day.rules)}
            askSuddenPain={REINJURY_PRESENTATIONS.includes(day.runner.presentation)}
            fromFile={{ id: file.id }}
            words={await runWords()}
          />
          <div className="mt-4">{discard}</div>
        </>
      )}
    </>
  );
}
