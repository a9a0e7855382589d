import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunFilesForm } from "@/components/forms/run-files-form";
import { importWords, readingWords } from "@/components/runs/import-words";
import { RunReading } from "@/components/runs/run-reading";
import { requireRunner } from "@/lib/auth/current-actor";
import { listPendingRunFiles } from "@/lib/data/run-files";
import { getRunnerDay } from "@/lib/data/today";
import { getDistanceUnit } from "@/lib/data/preferences";
import { formatDay } from "@/lib/date-format";
import { REINJURY_PRESENTATIONS } from "@/lib/rules/red-flags";
import { painBands } from "@/lib/rules/thresholds";
import { readRunFilesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

/** What became of a share the server read itself (app/(runner)/log/run/import/shared), in one sentence. */
function sharedRead({ waiting, refused, already }: Record<string, string | undefined>, t: Awaited<ReturnType<typeof getTranslations<"import">>>) {
  const count = (value: string | undefined) => Math.max(0, Math.floor(Number(value)) || 0);
  const parts = [
    count(waiting) > 0 ? t("sharedWaiting", { count: count(waiting) }) : null,
    count(already) > 0 ? t("sharedAlready", { count: count(already) }) : null,
    count(refused) > 0 ? t("sharedRefused", { count: count(refused) }) : null,
  ].filter(Boolean);
  return parts.length > 0 ? t("shared", { parts: parts.join("; ") }) : t("sharedNothing");
}

/** Choosing run files, and the runs read from them that still wait for the runner's pain scores. */
export default async function ImportRunsPage({ searchParams }: { searchParams: Promise<{ discarded?: string; shared?: string; waiting?: string; refused?: string; already?: string }> }) {
  const actor = await requireRunner();
  const [day, pending, params, { unit }, t, locale, words, reading] = await Promise.all([
    getRunnerDay(actor),
    listPendingRunFiles(actor),
    searchParams,
    getDistanceUnit(actor),
    getTranslations("import"),
    getLocale(),
    importWords(),
    readingWords(),
  ]);
  if (!day) notFound();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-700">
        {t("intro")}{" "}
        <Link href="/log/run" className="font-medium text-brand-700 underline">
          {t("byHand")}
        </Link>
      </p>
      {params.discarded || params.shared === "read" ? (
        <p role="status" className="mb-4 rounded-md bg-slate-100 p-3 text-sm">
          {params.discarded ? t("discarded") : sharedRead(params, t)}
        </p>
      ) : null}
      <RunFilesForm action={readRunFilesAction} offline={{ bands: painBands(day.rules), askSuddenPain: REINJURY_PRESENTATIONS.includes(day.runner.presentation), unit, locale }} words={words} />
      {pending.length > 0 ? (
        <section aria-label={t("waitingTitle")} className="mt-6">
          <h2 className="mb-2 text-lg font-semibold">{t("waitingTitle")}</h2>
          <ul className="flex flex-col gap-3">
            {pending.map((file) => (
              <li key={file.id} className="rounded-md border border-slate-200 bg-white p-3">
                <RunReading file={file} timeZone={day.runner.timeZone} unit={unit} words={reading} locale={locale} />
                <Link href={`/log/run/import/${file.id}`} className="mt-2 inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                  {t("addPain")}
                  <span className="sr-only">{t("addPainFor", { date: formatDay(file.date, locale) })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
