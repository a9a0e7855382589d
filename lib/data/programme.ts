import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { exercises, prescriptions } from "@/db/schema";
import { today as todayIn } from "@/lib/dates";
import { painRulesInWords } from "@/lib/rules/rules-in-words";
import { safetyInWords } from "@/lib/i18n/red-flag-words";
import { exerciseInWords } from "@/lib/i18n/exercise-words";
import { wordsFor } from "@/lib/i18n/words";
import type { Actor } from "./actor";
import { listExerciseMedia } from "./media";
import { rulesOfRunner } from "./pain-rules";
import { activeVersionOn } from "./plan-in-force";
import { readableRunner } from "./runners";
import { getClinicContact } from "./red-flags";
import type { Runner } from "./runners";
import { illustrationOf } from "@/lib/illustrations/src";

/*
 * The home programme: the plan in force today, as the runner takes it home. The same content serves the
 * print-friendly page and the PDF; scoped like every other read of a runner (their own, or in care). It is
 * the runner's handout, so it is in the runner's language, whoever prints it.
 */
export async function getProgramme(actor: Actor, runnerId: string) {
  return programmeOf(actor, await readableRunner(actor, runnerId));
}

/** The programme of a runner the caller has already read through readableRunner (so the read is not audited twice). */
export async function programmeOf(actor: Actor, runner: Runner) {
  const db = await getDb();
  const date = todayIn(runner.timeZone);
  const [version, rules, clinic] = await Promise.all([
    activeVersionOn(db, runner.id, date),
    rulesOfRunner(runner.id),
    // The runner's clinic: the actor's own, since only the runner and their care team get this far.
    getClinicContact(actor),
  ]);
  const rows = version
    ? await db
        .select({ prescription: prescriptions, exercise: exercises })
        .from(prescriptions)
        .innerJoin(exercises, eq(exercises.id, prescriptions.exerciseId))
        .where(eq(prescriptions.planVersionId, version.id))
        .orderBy(asc(prescriptions.position))
    : [];
  const media = await listExerciseMedia(actor, rows.map((r) => r.exercise.id));
  // In the runner's language whoever reads it: the programme is theirs, printed or on screen.
  const items = rows.map(({ prescription, exercise: stored }) => {
    const exercise = exerciseInWords(stored, runner.locale);
    return {
      prescription,
      exercise,
      photo: media.find((m) => m.exerciseId === exercise.id && m.kind === "image") ?? null,
      illustration: illustrationOf(exercise, runner.locale),
    };
  });
  const t = wordsFor(runner.locale, "programme");
  return {
    runner: { id: runner.id, name: runner.name },
    locale: runner.locale,
    clinic,
    date,
    plan: version ? { title: version.plan.title, goal: version.plan.goal, version: version.version, effectiveFrom: version.effectiveFrom } : null,
    items,
    rules: painRulesInWords(t, rules.effective, { usualPain: runner.usualPain, nerveGlides: items.some((i) => i.exercise.painRule === "neural") }),
    safety: safetyInWords(runner.locale),
    /** "Clinic, phone.", on the page and in the PDF alike. */
    contact: !clinic ? t("yourClinic") : clinic.phone ? t("contactPhone", { clinic: clinic.name, phone: clinic.phone }) : t("contactLine", { clinic: clinic.name }),
  };
}
export type Programme = Awaited<ReturnType<typeof programmeOf>>;
