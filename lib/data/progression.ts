import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb, type Queryable } from "@/db";
import { type Plan, type PlanVersion, planVersions, plans, prescriptions, users } from "@/db/schema";
import { addDaysIso } from "@/lib/dates";
import { evidencePhrase, phaseName, phaseNow, type PhaseProgress } from "@/lib/rules/progression";
import { say } from "@/lib/i18n/say";
import type { PrescriptionInput } from "@/lib/validation/clinic";
import { type Actor, isId } from "./actor";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { runnerCalendar } from "./runner-calendar";
import { asVersionLike, ownPlan, writeVersion } from "./plans";
import { said } from "@/lib/i18n/said";
import { valueIn } from "@/lib/i18n/say";

/*
 * Moving a plan between its phases (docs/progression.md): a clinician's approval or hold, a step back, and
 * the automatic steps of a self-progressing plan. Each is one transaction on the plan's locked row, so an
 * approval sent twice (a double tap, a retry, two colleagues) starts the phase once and audits it once;
 * the second finds the phase already begun and changes nothing.
 */

/** Who decided: a clinician, or nobody (the plan stepped by itself). */
type Decider = { actor: Actor | null };

async function nameOf(tx: Queryable, actor: Actor) {
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.id));
  return row?.name ?? "a clinician";
}

async function phasesOf(tx: Queryable, planId: string) {
  return (await tx.select().from(planVersions).where(eq(planVersions.planId, planId))).map(asVersionLike);
}

async function copyVersion(tx: Queryable, planId: string, from: PlanVersion, place: { version: number; effectiveFrom: string; waiting: boolean; beganBecause: string; createdBy: string }) {
  const items = await tx.select().from(prescriptions).where(eq(prescriptions.planVersionId, from.id)).orderBy(asc(prescriptions.position));
  const input: PrescriptionInput[] = items.map((i) => ({
    exerciseId: i.exerciseId,
    sets: i.sets,
    reps: i.reps ?? undefined,
    holdSeconds: i.holdSeconds ?? undefined,
    durationSeconds: i.durationSeconds ?? undefined,
    distanceMetres: i.distanceMetres ?? undefined,
    daysPerWeek: i.daysPerWeek,
    timesPerDay: i.timesPerDay,
    weekdays: i.weekdays,
    notes: i.notes,
  }));
  return writeVersion(tx, place.createdBy, planId, place.version, place.effectiveFrom, from.changeNote, input, {
    phase: from.phase,
    phaseLabel: from.phaseLabel,
    waiting: place.waiting,
    minDays: from.minDays,
    beganBecause: place.beganBecause,
  });
}

/** Starts the waiting phase `versionId` tomorrow, in the runner's calendar. Returns false when it had already begun. */
async function beginPhase(tx: Queryable, plan: Plan, versionId: string, because: string, who: Decider): Promise<boolean> {
  const versions = await phasesOf(tx, plan.id);
  const next = versions.find((v) => v.id === versionId);
  if (!next || next.superseded) throw new NotFoundError("Phase");
  if (!next.waiting) return false;
  const { today } = await runnerCalendar(tx, plan.runnerId);
  const from = addDaysIso(today, 1);
  await tx.update(planVersions).set({ waiting: false, effectiveFrom: from, beganBecause: because }).where(eq(planVersions.id, versionId));
  await tx.update(plans).set({ heldOn: null }).where(eq(plans.id, plan.id));
  await auditDecision(tx, who, plan, ["plan.phase_approve", "plan.phase_auto"], { versionId, phase: next.phase, from, because });
  return true;
}

/**
 * The clinician's one tap: the next phase starts tomorrow. `progress` is the judgement the page showed,
 * read again here by the caller (the evidence is recorded with the version).
 */
export async function approveNextPhase(actor: Actor, planId: string, versionId: string, progress: PhaseProgress | null) {
  if (!isId(versionId)) throw new NotFoundError("Phase");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const plan = await ownPlan(tx, actor, planId);
    if (plan.status !== "active") throw new InvalidFieldError("plan", said("planEnded"));
    const name = await nameOf(tx, actor);
    const evidence = progress?.judgement.verdict === "ready" && progress.next?.versionId === versionId ? say("en", evidencePhrase(progress.judgement)) : "before the criteria were met";
    return beginPhase(tx, plan, versionId, `Approved by ${name}: ${evidence}`, { actor });
  });
}

/** "Hold": the phase is not proposed again until a session is logged after today. */
export async function holdPhase(actor: Actor, planId: string) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const plan = await ownPlan(tx, actor, planId);
    const { today } = await runnerCalendar(tx, plan.runnerId);
    if (plan.heldOn === today) return false;
    await tx.update(plans).set({ heldOn: today }).where(eq(plans.id, planId));
    await recordAudit(tx, actor, "plan.phase_hold", { type: "plan", id: planId }, { runnerId: plan.runnerId, on: today });
    return true;
  });
}

/** A phase decision in the audit log: the clinician's action, or the automatic step's (recorded against the runner's clinic). */
async function auditDecision(tx: Queryable, who: Decider, plan: Plan, [byClinician, automatic]: [string, string], detail: Record<string, unknown>) {
  await recordAudit(tx, who.actor, who.actor ? byClinician : automatic, { type: "plan", id: plan.id }, { runnerId: plan.runnerId, ...detail }, who.actor ? {} : { runnerId: plan.runnerId, clinicOf: plan.runnerId });
}

/**
 * Back to the previous phase from tomorrow: a new version with that phase's dose, and the phase it leaves
 * waiting again (copied, so the versions already logged against stay as they were). `fromVersionId` is
 * the version in force the decision was made on: a repeat finds it no longer in force and does nothing.
 */
async function stepBackIn(tx: Queryable, plan: Plan, fromVersionId: string, because: string, who: Decider): Promise<boolean> {
  const versions = await phasesOf(tx, plan.id);
  const { today } = await runnerCalendar(tx, plan.runnerId);
  const at = phaseNow(versions, today);
  if (!at || at.current.id !== fromVersionId || at.upcoming || !at.previous) return false;
  const latest = Math.max(...versions.map((v) => v.version));
  const from = addDaysIso(today, 1);
  const by = who.actor?.id ?? plan.createdBy;
  await copyVersion(tx, plan.id, at.previous, { version: latest + 1, effectiveFrom: from, waiting: false, beganBecause: because, createdBy: by });
  await copyVersion(tx, plan.id, at.current, { version: latest + 2, effectiveFrom: from, waiting: true, beganBecause: "", createdBy: by });
  await auditDecision(tx, who, plan, ["plan.phase_step_back", "plan.phase_auto_step_back"], { from: valueIn("en", phaseName(at.current)), to: valueIn("en", phaseName(at.previous)), because });
  return true;
}

export async function stepBack(actor: Actor, planId: string, fromVersionId: string, progress: PhaseProgress | null) {
  if (!isId(fromVersionId)) throw new NotFoundError("Phase");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const plan = await ownPlan(tx, actor, planId);
    if (plan.status !== "active") throw new InvalidFieldError("plan", said("planEnded"));
    const name = await nameOf(tx, actor);
    const reds = progress?.judgement.reds.length ? `: red sessions on ${progress.judgement.reds.join(", ")}` : "";
    return stepBackIn(tx, plan, fromVersionId, `Stepped back by ${name}${reds}`, { actor });
  });
}

/** Lets the plan take its next phase (and its step backs) by itself when the criteria say so. */
export async function setSelfProgressing(actor: Actor, planId: string, on: boolean) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const plan = await ownPlan(tx, actor, planId);
    if (plan.selfProgressing === on) return false;
    await tx.update(plans).set({ selfProgressing: on }).where(eq(plans.id, planId));
    await recordAudit(tx, actor, "plan.self_progressing", { type: "plan", id: planId }, { runnerId: plan.runnerId, on });
    return true;
  });
}

/**
 * A self-progressing plan's step, taken when its runner is judged (the roster, the runner's own page, the
 * morning digest): the judgement `progress` says ready, or step back. Idempotent like the clinician's.
 */
export async function takeAutomaticStep(progress: PhaseProgress) {
  if (!progress.selfProgressing) return false;
  const { verdict } = progress.judgement;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(and(eq(plans.id, progress.planId), eq(plans.status, "active"), eq(plans.selfProgressing, true))).for("update");
    if (!plan) return false;
    const who = { actor: null };
    if (verdict === "ready" && progress.next) return beginPhase(tx, plan, progress.next.versionId, `Began by itself: ${say("en", evidencePhrase(progress.judgement))}`, who);
    if (verdict === "step-back") return stepBackIn(tx, plan, progress.phase.versionId, `Stepped back by itself: red sessions on ${progress.judgement.reds.join(", ")}`, who);
    return false;
  });
}

/** Whether a step is due of a judged plan: the roster calls this before it stores the judgement. */
export const stepIsDue = (p: PhaseProgress | null): p is PhaseProgress =>
  p != null && p.selfProgressing && ((p.judgement.verdict === "ready" && p.next != null) || p.judgement.verdict === "step-back");

