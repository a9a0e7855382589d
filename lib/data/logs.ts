import "server-only";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { getDb, type Queryable, selectRows } from "@/db";
import { exerciseResults, morningCheckins, planVersions, plans, prescriptions, runFiles, sessionLogs } from "@/db/schema";
import { removeStored } from "@/lib/media/storage";
import type { Presentation } from "@/db/schema";
import { asksTearQuestions } from "@/lib/rules/red-flags";
import { DEFAULT_PAIN_RULES } from "@/lib/rules/thresholds";
import type { RunLogInput, SessionLogInput } from "@/lib/validation/logs";
import { type Actor, isId } from "./actor";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { insertAudited, recordAudit } from "./audit";
import { assertRunner } from "./access";
import { calendarOf, checkLogDate, isEditable, type RunnerCalendar } from "@/lib/rules/log-dates";
import { runnerCalendar } from "./runner-calendar";
import { activeVersionsJson } from "./plan-in-force";
import { type ClientKey, insertOnce, type Saved as Stored } from "./insert-once";
import { editableCheckin } from "./checkins";
import { ladderStepOn, moveLadder } from "./ladder";
import type { PgInsertValue } from "drizzle-orm/pg-core";
import { versionInForce, type VersionLike } from "@/lib/rules/plan-version";
import { said } from "@/lib/i18n/said";

/** A stored run or session; `asksTear`: the log calls for the tear questions at once (a sudden pain or a pop, or pain during at the limit). */
export type Saved = Stored & { asksTear?: boolean };

/*
 * The runner's writes. Each one: runner only, the runner's own rows only, committed with its audit entry
 * (a new log in one statement, an edit or a deletion in one transaction). Creates are idempotent on the
 * form's client id: a double tap or a replay returns the first entry.
 */

/**
 * What a new log is checked against, in one read: the entry already stored under its client id, the
 * runner's calendar, and the versions of their active plan.
 */
async function newLogContext(db: Queryable, runnerId: string, clientId: string) {
  const [row] = await selectRows<{
    existing: string | null;
    startDate: string | null;
    timeZone: string | null;
    dischargedOn: string | null;
    versions: (VersionLike & { id: string })[];
    presentation: Presentation | null;
    reinjuryPainDuring: number | null;
  }>(db, sql`
    select (select id from session_logs where runner_id = ${runnerId} and client_id = ${clientId}) as existing,
           rp.start_date::text as "startDate", rp.time_zone as "timeZone", rp.discharged_on::text as "dischargedOn",
           ${activeVersionsJson(runnerId)} as versions, rp.presentation,
           coalesce((select rr.reinjury_pain_during from runner_pain_rules rr where rr.runner_id = ${runnerId}),
                    (select cr.reinjury_pain_during from clinic_pain_rules cr join users u on u.clinic_id = cr.clinic_id where u.id = ${runnerId})) as "reinjuryPainDuring"
    from (select 1) as one left join runner_profiles rp on rp.runner_id = ${runnerId}`);
  const { presentation, reinjuryPainDuring } = row!;
  /** Whether a log with these answers calls for the tear questions (lib/rules/red-flags). */
  const asksTear = (answers: { suddenPain?: boolean | null; painDuring: number }) =>
    presentation != null && asksTearQuestions(presentation, answers, reinjuryPainDuring ?? DEFAULT_PAIN_RULES.reinjuryPainDuring);
  return { existing: row!.existing, calendar: calendarOf(row), versions: row!.versions, asksTear };
}

/**
 * Stores a new log once per client id: the log, the rows that hang off it and its audit row in one
 * statement. A concurrent duplicate that won the race is reported as the entry stored.
 */
async function storeLogOnce(db: Queryable, actor: Actor, values: PgInsertValue<typeof sessionLogs> & { clientId: string }, action: string, detail?: Record<string, unknown>, dependents?: SQL): Promise<Saved> {
  const insert = db.insert(sessionLogs).values(values).onConflictDoNothing({ target: [sessionLogs.runnerId, sessionLogs.clientId] }).returning({ id: sessionLogs.id });
  const key: ClientKey<{ id: string }> = { table: sessionLogs, columns: { id: sessionLogs.id }, owner: [sessionLogs.runnerId, actor.id], clientId: [sessionLogs.clientId, values.clientId] };
  const stored = await insertOnce(db, key, async () => {
    const id = await insertAudited(db, insert, actor, action, "session_log", detail, dependents);
    return id ? { id } : null;
  });
  return { id: stored!.row.id, duplicate: stored!.duplicate };
}

/*
 * A new log needs no transaction of its own: it is one read (checked here) and one statement (stored
 * with its audit row). A discharge or plan change that lands between the two is no different from one
 * that lands a moment later.
 */
export async function createRunLog(actor: Actor, input: RunLogInput): Promise<Saved> {
  const saved = await storeRun(await getDb(), actor, input);
  if (!saved.duplicate) await moveLadder(actor.id);
  return saved;
}

/**
 * Stores a run on `db` (the database, or the transaction of a run read from a file). `fromFile`: the run
 * file this run was read from, linked to the new log in the same statement.
 */
export async function storeRun(db: Queryable, actor: Actor, input: RunLogInput, fromFile?: string): Promise<Saved> {
  assertRunner(actor);
  const context = await newLogContext(db, actor.id, input.clientId);
  const asksTear = context.asksTear(input);
  if (context.existing) return { id: context.existing, duplicate: true, asksTear };
  checkLogDate(context.calendar, input.date);
  const planVersionId = versionInForce(context.versions, input.date)?.id ?? null;
  const link = fromFile ? sql`update run_files set session_log_id = (select id from entry) where id = ${fromFile} and runner_id = ${actor.id} and session_log_id is null` : undefined;
  const values = { ...input, suddenPain: input.suddenPain ?? null, runnerId: actor.id, kind: "run" as const, planVersionId, ladderStep: ladderStepOn(actor.id, input.date) };
  const saved = await storeLogOnce(db, actor, values, "run.create", fromFile ? { fromFile: true } : undefined, link);
  return { ...saved, asksTear };
}

/**
 * The prescriptions being logged must all be the runner's own, from one version of one of their plans, and
 * the session cannot predate that plan.
 */
async function ownPrescriptions(tx: Queryable, runnerId: string, ids: string[], date: string) {
  if (!ids.every(isId)) throw new NotFoundError("Prescription");
  const rows = await tx
    .select({ id: prescriptions.id, versionId: prescriptions.planVersionId, planStart: plans.startDate })
    .from(prescriptions)
    .innerJoin(planVersions, eq(planVersions.id, prescriptions.planVersionId))
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .where(and(eq(plans.runnerId, runnerId), inArray(prescriptions.id, ids)));
  const versions = new Set(rows.map((r) => r.versionId));
  if (rows.length !== new Set(ids).size || versions.size !== 1) throw new NotFoundError("Prescription");
  if (date < rows[0]!.planStart) throw new InvalidFieldError("date", said("beforePlan", { date: { day: rows[0]!.planStart } }));
  return [...versions][0]!;
}

function summarise(input: SessionLogInput) {
  const done = input.results.filter((r) => r.done);
  if (done.length === 0) throw new InvalidFieldError("results", said("tickOne"));
  const own = done.map((r) => r.painDuring);
  // Without the session's score, every exercise done must have its own: an unscored one is not "no pain".
  if (input.painDuring === undefined && own.some((p) => p === undefined)) throw new InvalidFieldError("painDuring", said("enterPainDuring"));
  // The session's pain during is its worst moment: the highest of its own score and any exercise's.
  return Math.max(...[input.painDuring, ...own].filter((p): p is number => p !== undefined));
}

function resultRows(sessionLogId: string, input: SessionLogInput) {
  return resultValues(input).map((r) => ({ sessionLogId, ...r }));
}

function resultValues(input: SessionLogInput) {
  return input.results.map((r) => ({
    prescriptionId: r.prescriptionId,
    done: r.done,
    sets: r.sets ?? null,
    reps: r.reps ?? null,
    holdSeconds: r.holdSeconds ?? null,
    painDuring: r.painDuring ?? null,
  }));
}

export async function createSessionLog(actor: Actor, input: SessionLogInput): Promise<Saved> {
  assertRunner(actor);
  const db = await getDb();
  const context = await newLogContext(db, actor.id, input.clientId);
  if (context.existing) return { id: context.existing, duplicate: true, asksTear: context.asksTear({ suddenPain: input.suddenPain, painDuring: summarise(input) }) };
  const planVersionId = await ownPrescriptions(db, actor.id, input.results.map((r) => r.prescriptionId), input.date);
  checkLogDate(context.calendar, input.date);
  const painDuring = summarise(input);
  const values = {
    runnerId: actor.id,
    clientId: input.clientId,
    kind: "exercise" as const,
    date: input.date,
    durationMinutes: input.durationMinutes,
    rpe: input.rpe,
    painDuring,
    painAfter: input.painAfter,
    notes: input.notes,
    planVersionId,
    suddenPain: input.suddenPain ?? null,
    nerveSymptoms: input.nerveSymptoms ?? null,
  };
  // Each exercise's result, stored in the same statement as the session it belongs to.
  const results = sql`
    insert into exercise_results (session_log_id, prescription_id, done, sets, reps, hold_seconds, pain_during)
    select entry.id, r."prescriptionId", r.done, r.sets, r.reps, r."holdSeconds", r."painDuring"
    from entry, json_to_recordset(${JSON.stringify(resultValues(input))}::json)
      as r("prescriptionId" uuid, done boolean, sets smallint, reps smallint, "holdSeconds" smallint, "painDuring" smallint)`;
  const saved = await storeLogOnce(db, actor, values, "session.create", { results: input.results.length }, results);
  return { ...saved, asksTear: context.asksTear({ suddenPain: input.suddenPain, painDuring }) };
}

/** A session or run of the runner's own, still inside the edit window; otherwise not found or read-only. */
export async function editableSession(tx: Queryable, actor: Actor, id: string, calendar: RunnerCalendar) {
  assertRunner(actor);
  if (!isId(id)) throw new NotFoundError("Entry");
  const [row] = await tx.select().from(sessionLogs).where(and(eq(sessionLogs.id, id), eq(sessionLogs.runnerId, actor.id)));
  if (!row) throw new NotFoundError("Entry");
  if (!isEditable(row.date, calendar)) throw new InvalidFieldError("date", said("readOnly"));
  return row;
}

export async function updateRunLog(actor: Actor, id: string, input: RunLogInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const calendar = await runnerCalendar(tx, actor.id);
    const row = await editableSession(tx, actor, id, calendar);
    if (row.kind !== "run") throw new NotFoundError("Entry");
    checkLogDate(calendar, input.date);
    if (!isEditable(input.date, calendar)) throw new InvalidFieldError("date", said("moveWithinWeek"));
    const { clientId: _ignored, ...changes } = input;
    await tx.update(sessionLogs).set({ ...changes, ladderStep: ladderStepOn(actor.id, input.date), updatedAt: new Date() }).where(eq(sessionLogs.id, id));
    await recordAudit(tx, actor, "run.update", { type: "session_log", id }, { before: { date: row.date, painDuring: row.painDuring, painAfter: row.painAfter } });
  });
  await moveLadder(actor.id);
}

export async function updateSessionLog(actor: Actor, id: string, input: SessionLogInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const calendar = await runnerCalendar(tx, actor.id);
    const row = await editableSession(tx, actor, id, calendar);
    if (row.kind !== "exercise") throw new NotFoundError("Entry");
    const versionId = await ownPrescriptions(tx, actor.id, input.results.map((r) => r.prescriptionId), input.date);
    if (versionId !== row.planVersionId) throw new NotFoundError("Prescription");
    checkLogDate(calendar, input.date);
    if (!isEditable(input.date, calendar)) throw new InvalidFieldError("date", said("moveWithinWeek"));
    const painDuring = summarise(input);
    await tx
      .update(sessionLogs)
      .set({ date: input.date, durationMinutes: input.durationMinutes, rpe: input.rpe, painDuring, painAfter: input.painAfter, notes: input.notes, updatedAt: new Date() })
      .where(eq(sessionLogs.id, id));
    await tx.delete(exerciseResults).where(eq(exerciseResults.sessionLogId, id));
    await tx.insert(exerciseResults).values(resultRows(id, input));
    await recordAudit(tx, actor, "session.update", { type: "session_log", id }, { before: { date: row.date, painDuring: row.painDuring, painAfter: row.painAfter } });
  });
}

export async function deleteEntry(actor: Actor, kind: "session" | "checkin", id: string) {
  assertRunner(actor);
  if (!isId(id)) throw new NotFoundError("Entry");
  const db = await getDb();
  const files = await db.transaction(async (tx) => {
    const calendar = await runnerCalendar(tx, actor.id);
    if (kind === "session") {
      const row = await editableSession(tx, actor, id, calendar);
      // A run's file goes with it (the row by cascade, the file from the store once the deletion is committed).
      const files = await tx.select({ key: runFiles.storageKey }).from(runFiles).where(eq(runFiles.sessionLogId, id));
      await tx.delete(sessionLogs).where(eq(sessionLogs.id, id));
      await recordAudit(tx, actor, `${row.kind === "run" ? "run" : "session"}.delete`, { type: "session_log", id }, { date: row.date, kind: row.kind, painDuring: row.painDuring, painAfter: row.painAfter, files: files.length });
      return files;
    }
    const row = await editableCheckin(tx, actor, id, calendar);
    await tx.delete(morningCheckins).where(eq(morningCheckins.id, id));
    await recordAudit(tx, actor, "checkin.delete", { type: "morning_checkin", id }, { date: row.date, pain: row.pain, stiffness: row.stiffness });
    return [];
  });
  await removeStored(files.map((f) => f.key));
  await moveLadder(actor.id);
}
