import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db";
import { violatedConstraint } from "@/db/errors";
import { type Exercise, exercises, planTemplates, type PlanVersion, planVersions, plans, type Prescription, prescriptions, templateItems } from "@/db/schema";
import { runnerCalendar } from "./runner-calendar";
import { phaseStartDates } from "@/lib/plans/phases";
import { versionToShow } from "@/lib/rules/plan-version";
import type { PlanInput, PrescriptionInput } from "@/lib/validation/clinic";
import { type Actor, isId } from "./actor";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { assertInCare, assertMayRead } from "./access";
import { said } from "@/lib/i18n/said";

/*
 * Plans, their versions and clinic templates. A plan is never edited in place: a change writes a new
 * version, so past logs keep pointing at what was prescribed when they were done.
 */

/** Exercises a clinician may prescribe: the global library and their own clinic's. */
const visibleTo = (actor: Actor) => or(isNull(exercises.clinicId), eq(exercises.clinicId, actor.clinicId));

async function assertExercisesVisible(tx: Queryable, actor: Actor, ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = await tx.select({ id: exercises.id }).from(exercises).where(and(inArray(exercises.id, unique), visibleTo(actor)));
  if (rows.length !== unique.length) throw new NotFoundError("Exercise");
}

/** The one dose of a set, the others stored as null (never as 0). */
type Dose = Partial<Record<"reps" | "holdSeconds" | "durationSeconds" | "distanceMetres", number | null>>;
const doseOf = (item: Dose) => ({
  reps: item.reps ?? null,
  holdSeconds: item.holdSeconds ?? null,
  durationSeconds: item.durationSeconds ?? null,
  distanceMetres: item.distanceMetres ?? null,
});

/** Where a version sits among the plan's phases, and why it began. */
export interface PhasePlace {
  phase: number;
  phaseLabel?: string;
  waiting?: boolean;
  minDays: number | null;
  beganBecause?: string;
}

/** Writes one version of a plan with its prescriptions; `createdBy` is the clinician who made it (or approved the phase). */
export async function writeVersion(tx: Queryable, createdBy: string, planId: string, version: number, effectiveFrom: string, changeNote: string, items: PrescriptionInput[], place: PhasePlace = { phase: 1, minDays: null }) {
  const [row] = await tx
    .insert(planVersions)
    .values({ planId, version, effectiveFrom, changeNote, createdBy, phase: place.phase, phaseLabel: place.phaseLabel ?? "", waiting: place.waiting ?? false, minDays: place.minDays, beganBecause: place.beganBecause ?? "" })
    .returning({ id: planVersions.id });
  await tx.insert(prescriptions).values(
    items.map((item, position) => ({ ...item, ...doseOf(item), planVersionId: row!.id, position })),
  );
  return row!.id;
}

/** The active plan's row, locked, if the actor looks after its runner. */
export async function ownPlan(tx: Queryable, actor: Actor, planId: string) {
  if (!isId(planId)) throw new NotFoundError("Plan");
  const [plan] = await tx.select().from(plans).where(eq(plans.id, planId)).for("update");
  if (!plan) throw new NotFoundError("Plan");
  await assertInCare(tx, actor, plan.runnerId);
  return plan;
}

/** A new active plan: version 1 from the items, or one dated version per phase of a template. */
export async function createPlan(actor: Actor, runnerId: string, input: PlanInput, templateId?: string) {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      await assertInCare(tx, actor, runnerId);
      await assertExercisesVisible(tx, actor, [...input.items, ...(input.laterItems ?? []).flat()].map((i) => i.exerciseId));
      // The template is checked first (the actor's clinic's own, or "not found"); the plan keeps which it was.
      const phases = templateId ? await templatePhases(tx, actor, templateId) : [];
      const [plan] = await tx.insert(plans).values({ runnerId, title: input.title, goal: input.goal, startDate: input.startDate, templateId: templateId ?? null, createdBy: actor.id }).returning({ id: plans.id });
      // The later phases as the clinician edited them before creating the plan; the template's otherwise.
      if (input.laterItems) {
        if (input.laterItems.length !== Math.max(phases.length - 1, 0)) throw new InvalidFieldError("items", said("templateChanged"));
        input.laterItems.forEach((items, i) => (phases[i + 1]!.items = items));
      }
      const minDays = (weeks: number | null | undefined) => (weeks == null ? null : weeks * 7);
      await writeVersion(tx, actor.id, plan!.id, 1, input.startDate, input.changeNote || "First version", input.items, { phase: 1, phaseLabel: phases.length > 1 ? phases[0]!.label : "", minDays: phases.length > 1 ? minDays(phases[0]!.weeks) : null, beganBecause: "Began with the plan" });
      // Later phases of the template wait for their criteria; the template's date is only the earliest each may begin.
      const starts = phaseStartDates(phases.flatMap((p) => p.items.map(() => ({ phase: p.phase, phaseWeeks: p.weeks }))), input.startDate);
      for (const phase of phases.slice(1)) {
        await writeVersion(tx, actor.id, plan!.id, phase.phase, starts.get(phase.phase)!, phase.label, phase.items, { phase: phase.phase, phaseLabel: phase.label, waiting: true, minDays: minDays(phase.weeks) });
      }
      await recordAudit(tx, actor, "plan.create", { type: "plan", id: plan!.id }, { runnerId, templateId: templateId ?? null });
      return plan!.id;
    });
  } catch (error) {
    if (violatedConstraint(error) === "plans_one_active_per_runner") throw new InvalidFieldError("title", said("activePlanExists"));
    throw error;
  }
}

/** Editing an active plan writes the next version, in force from today. */
export async function revisePlan(actor: Actor, planId: string, input: PlanInput) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const plan = await ownPlan(tx, actor, planId);
    if (plan.status !== "active") throw new InvalidFieldError("title", said("planEndedStartNew"));
    await assertExercisesVisible(tx, actor, input.items.map((i) => i.exerciseId));
    const [{ latest }] = (await tx.select({ latest: sql<number>`max(${planVersions.version})::int` }).from(planVersions).where(eq(planVersions.planId, planId))) as [{ latest: number }];
    const version = latest + 1;
    await tx.update(plans).set({ title: input.title, goal: input.goal }).where(eq(plans.id, planId));
    const { today } = await runnerCalendar(tx, plan.runnerId);
    const from = today < plan.startDate ? plan.startDate : today;
    // An edit doses the phase in force; it keeps that phase's number and minimum length.
    const versions = await tx.select().from(planVersions).where(eq(planVersions.planId, planId));
    const current = versionToShow(versions.map(asVersionLike), from);
    await writeVersion(tx, actor.id, planId, version, from, input.changeNote || "Edited", input.items, { phase: current?.phase ?? 1, phaseLabel: current?.phaseLabel ?? "", minDays: current?.minDays ?? null, beganBecause: "Edited" });
    // Later phases stay and wait for their criteria, unless the clinician replaces them with this edit.
    if (input.laterPhases === "replace") {
      await tx
        .update(planVersions)
        .set({ supersededAt: new Date() })
        .where(and(eq(planVersions.planId, planId), isNull(planVersions.supersededAt), or(gt(planVersions.effectiveFrom, from), eq(planVersions.waiting, true))));
    }
    await recordAudit(tx, actor, "plan.revise", { type: "plan", id: planId }, { runnerId: plan.runnerId, version, laterPhases: input.laterPhases });
    return version;
  });
}

export async function endPlan(actor: Actor, planId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const plan = await ownPlan(tx, actor, planId);
    if (plan.status === "ended") return;
    await tx.update(plans).set({ status: "ended", endedAt: new Date() }).where(eq(plans.id, planId));
    await recordAudit(tx, actor, "plan.end", { type: "plan", id: planId }, { runnerId: plan.runnerId });
  });
}

/** A plan_versions row as the rule in lib/rules/plan-version.ts reads it. */
export const asVersionLike = <T extends PlanVersion>(v: T) => ({ ...v, superseded: v.supersededAt != null });

export interface PlanVersionView {
  id: string;
  version: number;
  effectiveFrom: string;
  changeNote: string;
  /** Replaced by a later edit before it took effect: never in force. */
  superseded: boolean;
  phase: number;
  phaseLabel: string;
  /** A later phase waiting for its criteria; `effectiveFrom` is the earliest day it may begin. */
  waiting: boolean;
  minDays: number | null;
  beganBecause: string;
  items: { prescription: Prescription; exercise: Exercise }[];
}

/** Every plan of a runner the actor may read, newest first, each with all its versions. */
export async function getPlans(actor: Actor, runnerId: string) {
  const db = await getDb();
  await assertMayRead(db, actor, runnerId);
  const planRows = await db.select().from(plans).where(eq(plans.runnerId, runnerId)).orderBy(desc(plans.createdAt));
  if (planRows.length === 0) return [];
  const versions = await db.select().from(planVersions).where(inArray(planVersions.planId, planRows.map((p) => p.id))).orderBy(asc(planVersions.version));
  const items = versions.length
    ? await db
        .select({ prescription: prescriptions, exercise: exercises })
        .from(prescriptions)
        .innerJoin(exercises, eq(exercises.id, prescriptions.exerciseId))
        .where(inArray(prescriptions.planVersionId, versions.map((v) => v.id)))
        .orderBy(asc(prescriptions.position))
    : [];
  return planRows.map((plan) => ({
    ...plan,
    versions: versions
      .filter((v) => v.planId === plan.id)
      .map((v): PlanVersionView => ({
        id: v.id,
        version: v.version,
        effectiveFrom: v.effectiveFrom,
        changeNote: v.changeNote,
        superseded: v.supersededAt != null,
        phase: v.phase,
        phaseLabel: v.phaseLabel,
        waiting: v.waiting,
        minDays: v.minDays,
        beganBecause: v.beganBecause,
        items: items.filter((i) => i.prescription.planVersionId === v.id),
      })),
  }));
}

export function listTemplates(actor: Actor) {
  if (actor.role !== "clinician") return Promise.resolve([]);
  return getDb().then((db) => db.select().from(planTemplates).where(eq(planTemplates.clinicId, actor.clinicId)).orderBy(asc(planTemplates.name)));
}

export interface TemplatePhase {
  phase: number;
  label: string;
  weeks: number | null;
  items: PrescriptionInput[];
}

async function templatePhases(tx: Queryable, actor: Actor, templateId: string): Promise<TemplatePhase[]> {
  if (actor.role !== "clinician" || !isId(templateId)) throw new NotFoundError("Template");
  const [template] = await tx.select().from(planTemplates).where(and(eq(planTemplates.id, templateId), eq(planTemplates.clinicId, actor.clinicId)));
  if (!template) throw new NotFoundError("Template");
  const rows = await tx.select().from(templateItems).where(eq(templateItems.templateId, templateId)).orderBy(asc(templateItems.phase), asc(templateItems.position));
  const phases = new Map<number, TemplatePhase>();
  for (const r of rows) {
    const phase = phases.get(r.phase) ?? { phase: r.phase, label: r.phaseLabel, weeks: r.phaseWeeks, items: [] };
    phase.items.push({ exerciseId: r.exerciseId, sets: r.sets, reps: r.reps ?? undefined, holdSeconds: r.holdSeconds ?? undefined, durationSeconds: r.durationSeconds ?? undefined, distanceMetres: r.distanceMetres ?? undefined, daysPerWeek: r.daysPerWeek, timesPerDay: r.timesPerDay, weekdays: r.weekdays, notes: r.notes });
    phases.set(r.phase, phase);
  }
  return [...phases.values()];
}

/** A clinic template, for the plan builder to start from. */
export async function getTemplate(actor: Actor, templateId: string) {
  const db = await getDb();
  const [template] = isId(templateId) && actor.role === "clinician"
    ? await db.select().from(planTemplates).where(and(eq(planTemplates.id, templateId), eq(planTemplates.clinicId, actor.clinicId)))
    : [];
  if (!template) return null;
  return { ...template, phases: await templatePhases(db, actor, templateId) };
}

/** "Save as template": the plan's version in force today (in the runner's calendar) becomes a one-phase clinic template. */
export async function saveAsTemplate(actor: Actor, planId: string, name: string) {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const plan = await ownPlan(tx, actor, planId);
      const versions = await tx.select().from(planVersions).where(eq(planVersions.planId, planId));
      const { today } = await runnerCalendar(tx, plan.runnerId);
      const version = versionToShow(versions.map(asVersionLike), today);
      const items = await tx.select().from(prescriptions).where(eq(prescriptions.planVersionId, version!.id)).orderBy(asc(prescriptions.position));
      const [template] = await tx.insert(planTemplates).values({ clinicId: actor.clinicId, name, description: plan.goal, createdBy: actor.id }).returning({ id: planTemplates.id });
      await tx.insert(templateItems).values(
        items.map((i) => ({ templateId: template!.id, phase: 1, phaseLabel: plan.title, exerciseId: i.exerciseId, sets: i.sets, ...doseOf(i), daysPerWeek: i.daysPerWeek, timesPerDay: i.timesPerDay, weekdays: i.weekdays, notes: i.notes, position: i.position })),
      );
      await recordAudit(tx, actor, "template.create", { type: "plan_template", id: template!.id }, { fromPlan: planId });
      return template!.id;
    });
  } catch (error) {
    if (violatedConstraint(error) === "plan_templates_clinic_name_unique") throw new InvalidFieldError("name", said("templateNameTaken"));
    throw error;
  }
}
