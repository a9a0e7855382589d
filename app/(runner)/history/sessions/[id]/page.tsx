import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RunLogForm } from "@/components/forms/run-log-form";
import { runWords } from "@/components/forms/run-words";
import { SessionLogForm } from "@/components/forms/session-log-form";
import { sessionWords } from "@/components/forms/session-words";
import { requireRunner } from "@/lib/auth/current-actor";
import { getSessionLog } from "@/lib/data/history";
import { getRunnerDay } from "@/lib/data/today";
import { getDistanceUnit } from "@/lib/data/preferences";
import { inUnitRounded } from "@/lib/units";
import { painBands } from "@/lib/rules/thresholds";
import { toSessionItems } from "@/lib/session-items";
import { updateRunAction, updateSessionAction } from "../../../log/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("edit"))("entry") };
}

export default async function EditSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRunner();
  const { id } = await params;
  const [entry, day, { unit }, t, sessionLog, locale] = await Promise.all([getSessionLog(actor, id), getRunnerDay(actor), getDistanceUnit(actor), getTranslations("edit"), getTranslations("sessionLog"), getLocale()]);
  if (!entry || !entry.editable || !day) notFound();
  const bands = painBands(day.rules);
  const { log } = entry;
  const common = {
    date: log.date,
    durationMinutes: String(log.durationMinutes),
    rpe: String(log.rpe),
    painAfter: String(log.painAfter),
    notes: log.notes,
  };
  if (log.kind === "run") {
    return (
      <>
        <h1 className="mb-4 text-2xl font-semibold">{t("run")}</h1>
        <RunLogForm
          action={updateRunAction.bind(null, log.id)}
          clientId={log.clientId}
          defaults={{ ...common, distanceKm: log.distanceKm == null ? "" : String(inUnitRounded(log.distanceKm, unit)), painDuring: String(log.painDuring) }}
          unit={unit}
          maxDate={day.today}
          submitLabel={t("save")}
          bands={bands}
          words={await runWords()}
        />
      </>
    );
  }
  const items = toSessionItems(
    entry.results.map((r) => ({ prescription: r.prescription, exercise: r.exercise })),
    () => true,
    locale,
  );
  const perExercise = Object.fromEntries(
    entry.results.flatMap(({ result: r }) => [
      [`done:${r.prescriptionId}`, r.done ? "yes" : "no"],
      [`sets:${r.prescriptionId}`, r.sets == null ? undefined : String(r.sets)],
      [`reps:${r.prescriptionId}`, r.reps == null ? undefined : String(r.reps)],
      [`hold:${r.prescriptionId}`, r.holdSeconds == null ? undefined : String(r.holdSeconds)],
      [`pain:${r.prescriptionId}`, r.painDuring == null ? undefined : String(r.painDuring)],
    ]),
  );
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{sessionLog("editTitle")}</h1>
      <SessionLogForm action={updateSessionAction.bind(null, log.id)} clientId={log.clientId} items={items} defaults={{ ...common, painDuring: String(log.painDuring), ...perExercise }} maxDate={day.today} submitLabel={t("save")} bands={bands} words={await sessionWords()} />
    </>
  );
}
