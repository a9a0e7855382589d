import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { RunLogForm } from "@/components/forms/run-log-form";
import { runWords } from "@/components/forms/run-words";
import { notFound } from "next/navigation";
import { requireRunner } from "@/lib/auth/current-actor";
import { getLadder } from "@/lib/data/ladder";
import { getRunnerDay } from "@/lib/data/today";
import { getDistanceUnit } from "@/lib/data/preferences";
import { stepLabel } from "@/lib/rules/ladder";
import { REINJURY_PRESENTATIONS } from "@/lib/rules/red-flags";
import { painBands } from "@/lib/rules/thresholds";
import { logRunAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("runLog"))("title") };
}

export default async function LogRunPage() {
  const actor = await requireRunner();
  const day = await getRunnerDay(actor);
  if (!day) notFound();
  const date = day.today;
  const [ladder, { unit }, t, words, locale] = await Promise.all([getLadder(actor, actor.id), getDistanceUnit(actor), getTranslations("runLog"), runWords(), getLocale()]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm">
        <Link href="/log/run/import" className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          {t("import")}
        </Link>
      </p>
      {ladder ? (
        <section aria-label={t("ladder")} className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          <p className="font-semibold">{stepLabel(ladder.steps, ladder.stepToday, locale)}</p>
          <p>{t("ladderNote")}</p>
        </section>
      ) : null}
      {/* A new id per form: a double tap or a retry of this same form stores one run. */}
      <RunLogForm
        action={logRunAction}
        clientId={randomUUID()}
        defaults={{ date }}
        maxDate={date}
        submitLabel={t("submit")}
        bands={painBands(day.rules)}
        offline
        askSuddenPain={REINJURY_PRESENTATIONS.includes(day.runner.presentation)}
        unit={unit}
        words={words}
      />
    </>
  );
}
