import "server-only";
import { and, arrayContains, asc, eq, ilike, isNull, or, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { violatedConstraint } from "@/db/errors";
import { type Exercise, exerciseCategoryEnum, exercises, type Presentation, presentationEnum } from "@/db/schema";
import type { ExerciseInput } from "@/lib/validation/clinic";
import { type Actor, isId } from "./actor";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { exerciseInWords } from "@/lib/i18n/exercise-words";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import { said } from "@/lib/i18n/said";

/*
 * The exercise library as a clinician sees it: the global library (read-only) plus their own clinic's
 * exercises. Another clinic's exercise is "not found".
 */
const visibleTo = (actor: Actor) => or(isNull(exercises.clinicId), eq(exercises.clinicId, actor.clinicId));

/**
 * The library a clinician may use, by category and presentation. The filters come from the URL: an unknown
 * category or presentation lists nothing. Searching by name is done on the page, in the reader's words (a
 * global exercise's name is a message: lib/i18n/exercise-words.ts), not in SQL on the stored English.
 */
export async function listExercises(actor: Actor, filter: { category?: string; presentation?: string } = {}) {
  if (actor.role !== "clinician") return [];
  const category = filter.category || undefined;
  const presentation = filter.presentation || undefined;
  if (category && !(exerciseCategoryEnum.enumValues as readonly string[]).includes(category)) return [];
  if (presentation && !(presentationEnum.enumValues as readonly string[]).includes(presentation)) return [];
  const db = await getDb();
  const where: (SQL | undefined)[] = [visibleTo(actor)];
  if (category) where.push(eq(exercises.category, category as Exercise["category"]));
  if (presentation) where.push(arrayContains(exercises.presentations, [presentation as Presentation]));
  return db.select().from(exercises).where(and(...where)).orderBy(asc(exercises.name));
}

export async function getExercise(actor: Actor, id: string) {
  if (actor.role !== "clinician" || !isId(id)) return null;
  const db = await getDb();
  const [row] = await db.select().from(exercises).where(and(eq(exercises.id, id), visibleTo(actor)));
  return row ? { ...row, editable: row.clinicId === actor.clinicId } : null;
}

const row = (input: ExerciseInput) => ({ ...input, defaultReps: input.defaultReps ?? null, defaultHoldSeconds: input.defaultHoldSeconds ?? null });
const duplicateName = (error: unknown) =>
  violatedConstraint(error) === "exercises_clinic_name_unique" ? new InvalidFieldError("name", said("exerciseNameTaken")) : error;

export async function createExercise(actor: Actor, input: ExerciseInput) {
  if (actor.role !== "clinician") throw new NotFoundError("Clinic");
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [created] = await tx.insert(exercises).values({ ...row(input), clinicId: actor.clinicId, createdBy: actor.id }).returning({ id: exercises.id });
      await recordAudit(tx, actor, "exercise.create", { type: "exercise", id: created!.id });
      return created!.id;
    });
  } catch (error) {
    throw duplicateName(error);
  }
}

/** Only the clinic's own exercises change; the global library and other clinics' are not found. */
export async function updateExercise(actor: Actor, id: string, input: ExerciseInput) {
  if (actor.role !== "clinician" || !isId(id)) throw new NotFoundError("Exercise");
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const updated = await tx
        .update(exercises)
        .set({ ...row(input), updatedAt: new Date() })
        .where(and(eq(exercises.id, id), eq(exercises.clinicId, actor.clinicId)))
        .returning({ id: exercises.id });
      if (updated.length === 0) throw new NotFoundError("Exercise");
      await recordAudit(tx, actor, "exercise.update", { type: "exercise", id });
    });
  } catch (error) {
    throw duplicateName(error);
  }
}

/**
 * A clinic's own copy of a library exercise, which it can then edit and give photos and videos; the
 * copy keeps the library's drawing. It is written in the words the clinician read (the global library's in
 * their language), since from then on it is the clinic's own. A second copy is named "(copy 2)", and so on.
 */
export async function copyExercise(actor: Actor, id: string, locale: Locale = "en") {
  const found = await getExercise(actor, id);
  if (!found || actor.role !== "clinician") throw new NotFoundError("Exercise");
  const source = exerciseInWords(found, locale);
  const copyName = wordsFor(locale, "library");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const taken = new Set(
      (await tx.select({ name: exercises.name }).from(exercises).where(and(eq(exercises.clinicId, actor.clinicId), ilike(exercises.name, `${source.name.replace(/[%_\\]/g, "\\$&")}%`)))).map((r) => r.name),
    );
    let name = source.name;
    for (let n = 2; taken.has(name); n++) name = copyName("copyName", { name: source.name, copy: n - 1 });
    const { id: _id, clinicId: _clinic, createdBy: _by, createdAt: _at, updatedAt: _up, editable: _editable, ...fields } = source;
    const [created] = await tx.insert(exercises).values({ ...fields, name, clinicId: actor.clinicId, createdBy: actor.id }).returning({ id: exercises.id });
    await recordAudit(tx, actor, "exercise.copy", { type: "exercise", id: created!.id }, { from: id });
    return created!.id;
  });
}
