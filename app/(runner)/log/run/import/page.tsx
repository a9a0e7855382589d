import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunFilesForm } from "@/components/forms/run-files-form";
import { RunReading } from "@/components/runs/run-reading";
import { requireRunner } from "@/lib/auth/current-actor";
import { listPendingRunFiles } from "@/lib/data/run-files";
import { getRunnerDay } from "@/lib/data/today";
import { getDistanceUnit } from "@/lib/data/preferences";
import { formatDay } from "@/lib/date-format";
import { REINJURY_PRESENTATIONS } from "@/lib/rules/red-flags";
import { painBands } from "@/lib/rules/thresholds";
import { readRunFilesAction } from "./actions";

export const metadata: Metadata = { title: "Import runs from your watch" };

/** What became of a share the server read itself (app/(runner)/log/run/import/shared), in one sentence. */
function sharedRead({ waiting, refused, already }: Record<string, string | undefined>) {
  const count = (value: string | undefined, one: string, many: string) => {
    const n = Math.max(0, Math.floor(Number(value)) || 0);
    return n === 0 ? null : `${n} ${n === 1 ? one : many}`;
  };
  const parts = [
    count(waiting, "run waits for your pain scores below", "runs wait for your pain scores below"),
    count(already, "was already saved", "were already saved"),
    count(refused, "file could not be read as a run: choose it again to see why", "files could not be read as runs: choose them again to see why"),
  ].filter(Boolean);
  return `From your share: ${parts.length > 0 ? parts.join("; ") : "nothing arrived"}.`;
}

/** Choosing run files, and the runs read from them that still wait for the runner's pain scores. */
export default async function ImportRunsPage({ searchParams }: { searchParams: Promise<{ discarded?: string; shared?: string; waiting?: string; refused?: string; already?: string }> }) {
  const actor = await requireRunner();
  const [day, pending, params, { unit }] = await Promise.all([getRunnerDay(actor), listPendingRunFiles(actor), searchParams, getDistanceUnit(actor)]);
  if (!day) notFound();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Import runs from your watch</h1>
      <p className="mb-4 text-sm text-slate-700">
        StrideBack reads the distance, moving time, pace, climb and heart rate; you add your pain and effort. Your physio sees those numbers, never your route.{" "}
        <Link href="/log/run" className="font-medium text-brand-700 underline">
          Type a run in by hand instead
        </Link>
      </p>
      {params.discarded || params.shared === "read" ? (
        <p role="status" className="mb-4 rounded-md bg-slate-100 p-3 text-sm">
          {params.discarded ? "The file was discarded." : sharedRead(params)}
        </p>
      ) : null}
      <RunFilesForm action={readRunFilesAction} offline={{ bands: painBands(day.rules), askSuddenPain: REINJURY_PRESENTATIONS.includes(day.runner.presentation), unit }} />
      {pending.length > 0 ? (
        <section aria-label="Waiting for your pain scores" className="mt-6">
          <h2 className="mb-2 text-lg font-semibold">Waiting for your pain scores</h2>
          <ul className="flex flex-col gap-3">
            {pending.map((file) => (
              <li key={file.id} className="rounded-md border border-slate-200 bg-white p-3">
                <RunReading file={file} timeZone={day.runner.timeZone} unit={unit} />
                <Link href={`/log/run/import/${file.id}`} className="mt-2 inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                  Add pain and save<span className="sr-only"> the run of {formatDay(file.date)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
