import { say } from "@/lib/i18n/say";
import "server-only";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Queryable, selectRows } from "@/db";
import { clinicLadderSteps, ladderMoves, runLadders } from "@/db/schema";
import { addDaysIso, type IsoDate } from "@/lib/dates";
import { DEFAULT_LADDER, type LadderDecision, ladderDecision, type LadderRun, type LadderStep, RETURN_TO_RUN_CHECKLIST, stepOn } from "@/lib/rules/ladder";
import type { PainRules } from "@/lib/rules/thresholds";
import { sessionLight } from "@/lib/rules/traffic-light";
import { log, safeError } from "@/lib/log";
import { type Actor } from "./actor";
import { assertAdmin } from "./access";
import { recordAudit } from "./audit";
import { assertInCare } from "./access";
import { InvalidFieldError } from "@/lib/errors";
import { runnerCalendar } from "./runner-calendar";
import { rulesOfRunner } from "./pain-rules";
import { readableRunner } from "./runners";
import { sessionPainColumns, sessionPainJoins } from "./session-pain-sql";
import { said } from "@/lib/i18n/said";

/*
 * The return-to-run walk-run ladder (docs/progression.md). The clinician starts it after recording the
 * criteria they used; each run is stored with the step in force on its date; after every write that can
 * change a run's light (a run, its next morning) the ladder decides tomorrow's step again: up after N
 * green runs with their mornings in, down on red, the same otherwise. One move a day at most, so a
 * decision made twice is the same move.
 */

/** The clinic's own ladder, or the library's. */
export async function clinicLadder(actor: Actor): Promise<{ steps: LadderStep[]; own: boolean }> {
  const db = await getDb();
  const rows = await db.select().from(clinicLadderSteps).where(eq(clinicLadderSteps.clinicId, actor.clinicId)).orderBy(asc(clinicLadderSteps.position));
  return rows.length ? { steps: rows.map(({ walkMinutes, runMinutes, repeats }) => ({ walkMinutes, runMinutes, repeats })), own: true } : { steps: DEFAULT_LADDER, own: false };
}

/** An admin keeps the clinic's own ladder (or, with no steps, returns to the library's). Runners already on a ladder keep theirs. */
export async function saveClinicLadder(actor: Actor, steps: LadderStep[]) {
  assertAdmin(actor);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(clinicLadderSteps).where(eq(clinicLadderSteps.clinicId, actor.clinicId));
    if (steps.length) await tx.insert(clinicLadderSteps).values(steps.map((s, i) => ({ ...s, clinicId: actor.clinicId, position: i + 1 })));
    await recordAudit(tx, actor, "clinic.ladder", { type: "clinic", id: actor.clinicId }, { steps }, { runnerId: null });
  });
}

/** Starts the ladder at step 1 today. Starting it twice (a double tap) finds the one already started. */
export async function startLadder(actor: Actor, runnerId: string, input: { checklist: string[]; note: string }) {
  const missing = RETURN_TO_RUN_CHECKLIST.filter((item) => !input.checklist.includes(item));
  if (missing.length) throw new InvalidFieldError("checklist", said("tickCriteria"));
  const { steps } = await clinicLadder(actor);
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const [existing] = await tx.select({ id: runLadders.id }).from(runLadders).where(and(eq(runLadders.runnerId, runnerId), isNull(runLadders.endedAt)));
    if (existing) return existing.id;
    const { today } = await runnerCalendar(tx, runnerId);
    const [ladder] = await tx
      .insert(runLadders)
      .values({ runnerId, steps, checklist: [...RETURN_TO_RUN_CHECKLIST], checklistNote: input.note, startedOn: today, startedBy: actor.id })
      .returning({ id: runLadders.id });
    await tx.insert(ladderMoves).values({ ladderId: ladder!.id, step: 1, effectiveFrom: today, reason: "start", because: "Started by the clinician" });
    await recordAudit(tx, actor, "ladder.start", { type: "run_ladder", id: ladder!.id }, { runnerId, checklist: RETURN_TO_RUN_CHECKLIST, note: input.note });
    return ladder!.id;
  });
}

export async function endLadder(actor: Actor, runnerId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const ended = await tx.update(runLadders).set({ endedAt: new Date() }).where(and(eq(runLadders.runnerId, runnerId), isNull(runLadders.endedAt))).returning({ id: runLadders.id });
    if (ended[0]) await recordAudit(tx, actor, "ladder.end", { type: "run_ladder", id: ended[0].id }, { runnerId });
  });
}

/** The step in force on a run's date, as SQL for the run's insert: an offline log keeps the step of its own day. */
export const ladderStepOn = (runnerId: string, date: IsoDate) => sql`(
  select m.step from ladder_moves m join run_ladders r on r.id = m.ladder_id
  where r.runner_id = ${runnerId} and r.ended_at is null and m.effective_from <= ${date}::date
  order by m.effective_from desc limit 1)`;

async function activeLadder(tx: Queryable, runnerId: string) {
  const [ladder] = await tx.select().from(runLadders).where(and(eq(runLadders.runnerId, runnerId), isNull(runLadders.endedAt)));
  if (!ladder) return null;
  const moves = await tx.select().from(ladderMoves).where(eq(ladderMoves.ladderId, ladder.id)).orderBy(asc(ladderMoves.effectiveFrom));
  return { ladder, moves };
}

/** The runs stored at `step` since it began, oldest first, with what their lights need. */
async function runsAtStep(tx: Queryable, runnerId: string, step: number, since: IsoDate) {
  return selectRows<LadderRun & { id: string }>(tx, sql`
    select l.id, l.date::text as date, ${sessionPainColumns(sql`rp.usual_pain`)}
    from session_logs l join runner_profiles rp on rp.runner_id = l.runner_id
    ${sessionPainJoins}
    where l.runner_id = ${runnerId} and l.kind = 'run' and l.ladder_step = ${step} and l.date >= ${since}::date
    order by l.date, l.created_at`);
}

export interface LadderView {
  steps: LadderStep[];
  checklist: string[];
  checklistNote: string;
  startedOn: IsoDate;
  /** The step in force today, and tomorrow's when a move is already decided. */
  stepToday: number;
  stepTomorrow: number;
  moves: { step: number; effectiveFrom: IsoDate; reason: string; because: string }[];
  runs: { date: IsoDate; light: string; provisional: boolean }[];
  decision: LadderDecision;
}

// The rules are read before: the embedded database's one connection is the transaction's while it is open.
async function viewOf(tx: Queryable, runnerId: string, today: IsoDate, rules: PainRules): Promise<LadderView | null> {
  const active = await activeLadder(tx, runnerId);
  if (!active) return null;
  const { ladder, moves } = active;
  const stepToday = stepOn(moves, today) ?? 1;
  const began = [...moves].reverse().find((m) => m.effectiveFrom <= today)?.effectiveFrom ?? ladder.startedOn;
  const runs = await runsAtStep(tx, runnerId, stepToday, began);
  return {
    steps: ladder.steps,
    checklist: ladder.checklist,
    checklistNote: ladder.checklistNote,
    startedOn: ladder.startedOn,
    stepToday,
    stepTomorrow: stepOn(moves, addDaysIso(today, 1)) ?? stepToday,
    moves: moves.map(({ step, effectiveFrom, reason, because }) => ({ step, effectiveFrom, reason, because })),
    runs: runs.map((r) => ({ date: r.date, ...sessionLight(r, rules) })).map(({ date, light, provisional }) => ({ date, light, provisional })),
    decision: ladderDecision(runs, stepToday, ladder.steps.length, rules),
  };
}

/** The runner's ladder, for their physio or themselves; null when none is running. */
export async function getLadder(actor: Actor, runnerId: string): Promise<LadderView | null> {
  const runner = await readableRunner(actor, runnerId);
  const db = await getDb();
  const [{ today }, rules] = await Promise.all([runnerCalendar(db, runner.id), rulesOfRunner(runner.id)]);
  return viewOf(db, runner.id, today, rules.effective);
}

/**
 * Decides tomorrow's step from the runs at today's step: called after each write that can change a run's
 * light. The move is stored (or withdrawn) for tomorrow, one a day, so deciding twice is harmless.
 */
export async function moveLadder(runnerId: string) {
  const db = await getDb();
  try {
    // Most runners are not on a ladder: one indexed read, and nothing more.
    const [onLadder] = await db.select({ id: runLadders.id }).from(runLadders).where(and(eq(runLadders.runnerId, runnerId), isNull(runLadders.endedAt)));
    if (!onLadder) return;
    const rules = (await rulesOfRunner(runnerId)).effective;
    await db.transaction(async (tx) => {
      const [locked] = await tx.select({ id: runLadders.id }).from(runLadders).where(and(eq(runLadders.runnerId, runnerId), isNull(runLadders.endedAt))).for("update");
      if (!locked) return;
      const { today } = await runnerCalendar(tx, runnerId);
      const view = await viewOf(tx, runnerId, today, rules);
      if (!view) return;
      const tomorrow = addDaysIso(today, 1);
      const { decision } = view;
      if (decision.move === "hold") {
        await tx.delete(ladderMoves).where(and(eq(ladderMoves.ladderId, locked.id), eq(ladderMoves.effectiveFrom, tomorrow), ne(ladderMoves.reason, "start")));
        return;
      }
      const step = view.stepToday + (decision.move === "up" ? 1 : -1);
      if (view.stepTomorrow === step) return;
      // The move is kept as a record in the clinic's language of record, English, like a plan's history (docs/translating.md).
      const because = say("en", decision.because);
      await tx
        .insert(ladderMoves)
        .values({ ladderId: locked.id, step, effectiveFrom: tomorrow, reason: decision.move, because })
        .onConflictDoUpdate({ target: [ladderMoves.ladderId, ladderMoves.effectiveFrom], set: { step, reason: decision.move, because } });
      await recordAudit(tx, null, `ladder.${decision.move}`, { type: "run_ladder", id: locked.id }, { step, from: tomorrow, because }, { runnerId, clinicOf: runnerId });
    });
  } catch (error) {
    // The runner's entry is already stored: a ladder that could not move now moves on the next write.
    log.warn({ runnerId, error: safeError(error) }, "ladder move failed");
  }
}
