import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunLogForm } from "@/components/forms/run-log-form";
import { runWords } from "@/components/forms/run-words";
import { SimpleForm } from "@/components/forms/simple-form";
import { readingWords } from "@/components/runs/import-words";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("fileTitle") };
}

/**
 * One run read from a file: what the watch measured, and what only the runner can add. A run already
 * typed by hand for that day and distance is offered instead, so the run is never stored twice.
 */
export default async function RunFromFilePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRunner();
  const [day, found, { unit }, t, runLog, locale, reading] = await Promise.all([
    getRunnerDay(actor),
    getRunFile(actor, (await params).id),
    getDistanceUnit(actor),
    getTranslations("import"),
    getTranslations("runLog"),
    getLocale(),
    readingWords(),
  ]);
  if (!day || !found) notFound();
  const { file, match } = found;
  const discard = <SimpleForm action={discardRunFileAction} fields={[{ kind: "hidden", name: "runFileId", value: file.id }]} submit={t("discard")} variant="secondary" pendingLabel={t("discarding")} />;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("runOf", { date: formatDay(file.date, locale) })}</h1>
      <section aria-label={t("measured")} className="mb-5 rounded-md bg-brand-50 p-3">
        <h2 className="mb-2 font-semibold">{t("measured")}</h2>
        <RunReading file={file} timeZone={day.runner.timeZone} unit={unit} words={reading} locale={locale} />
      </section>
      {file.sessionLogId ? (
        <p role="status">
          {t("saved")}{" "}
          <Link href="/history" className="font-medium text-brand-700 underline">
            {t("seeHistory")}
          </Link>
        </p>
      ) : match ? (
        <section aria-label={t("loggedAlready")} className="flex flex-col gap-3">
          <p>{t("match", { distance: formatDistance(match.distanceKm, unit, locale), minutes: match.durationMinutes })}</p>
          {match.editable ? (
            <SimpleForm
              action={addRunFileToRunAction}
              fields={[
                { kind: "hidden", name: "runFileId", value: file.id },
                { kind: "hidden", name: "runId", value: match.id },
              ]}
              submit={t("addToRun")}
              pendingLabel={t("adding")}
            />
          ) : (
            <p className="text-sm text-slate-700">{t("matchReadOnly")}</p>
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
            submitLabel={runLog("submit")}
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
