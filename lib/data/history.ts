import "server-only";

/* What the runner and their clinicians read back: the history list and one entry for editing. */
import { and, desc, eq, gte } from "drizzle-orm";
import { getDb } from "@/db";
import { exerciseResults, exercises, morningCheckins, prescriptions, runFiles, sessionLogs } from "@/db/schema";
import type { MorningCheckin, SessionLog } from "@/db/schema";
import { type Actor, isId } from "./actor";
import { assertMayRead } from "./access";
import { isEditable } from "@/lib/rules/log-dates";
import { runnerCalendar } from "./runner-calendar";


/** A session or run with its per-exercise results, for the runner's edit page. */
export async function getSessionLog(actor: Actor, id: string) {
  if (actor.role !== "runner" || !isId(id)) return null;
  const db = await getDb();
  const [log] = await db.select().from(sessionLogs).where(and(eq(sessionLogs.id, id), eq(sessionLogs.runnerId, actor.id)));
  if (!log) return null;
  const calendar = await runnerCalendar(db, actor.id);
  const results = await db
    .select({ result: exerciseResults, prescription: prescriptions, exercise: exercises })
    .from(exerciseResults)
    .innerJoin(prescriptions, eq(prescriptions.id, exerciseResults.prescriptionId))
    .innerJoin(exercises, eq(exercises.id, prescriptions.exerciseId))
    .where(eq(exerciseResults.sessionLogId, id))
    .orderBy(prescriptions.position);
  return { log, results, editable: isEditable(log.date, calendar) };
}

export async function getCheckin(actor: Actor, id: string) {
  if (actor.role !== "runner" || !isId(id)) return null;
  const db = await getDb();
  const [row] = await db.select().from(morningCheckins).where(and(eq(morningCheckins.id, id), eq(morningCheckins.runnerId, actor.id)));
  return row ? { checkin: row, editable: isEditable(row.date, await runnerCalendar(db, actor.id)) } : null;
}

/** What a run's file measured beyond what the log holds (distance and time are the log's own). */
export interface Measured {
  movingSeconds: number;
  elevationGainM: number | null;
  avgHr: number | null;
  maxHr: number | null;
}

export type HistoryEntry =
  | { type: "session"; date: string; log: SessionLog; measured: Measured | null; editable: boolean }
  | { type: "checkin"; date: string; checkin: MorningCheckin; editable: boolean };

/** A runner's sessions, runs and check-ins since a date, newest first: their own, or a runner in the clinician's care. */
export async function listHistory(actor: Actor, runnerId: string, since: string): Promise<HistoryEntry[]> {
  const db = await getDb();
  if (actor.role === "runner" && actor.id !== runnerId) return [];
  await assertMayRead(db, actor, runnerId);
  const [logs, checkins, calendar] = await Promise.all([
    db
      .select({ log: sessionLogs, measured: { movingSeconds: runFiles.movingSeconds, elevationGainM: runFiles.elevationGainM, avgHr: runFiles.avgHr, maxHr: runFiles.maxHr } })
      .from(sessionLogs)
      .leftJoin(runFiles, eq(runFiles.sessionLogId, sessionLogs.id))
      .where(and(eq(sessionLogs.runnerId, runnerId), gte(sessionLogs.date, since)))
      .orderBy(desc(sessionLogs.date), desc(sessionLogs.createdAt)),
    db.select().from(morningCheckins).where(and(eq(morningCheckins.runnerId, runnerId), gte(morningCheckins.date, since))).orderBy(desc(morningCheckins.date)),
    runnerCalendar(db, runnerId),
  ]);
  const entries: HistoryEntry[] = [
    ...logs.map(({ log, measured }) => ({ type: "session" as const, date: log.date, log, measured, editable: isEditable(log.date, calendar) })),
    ...checkins.map((checkin) => ({ type: "checkin" as const, date: checkin.date, checkin, editable: isEditable(checkin.date, calendar) })),
  ];
  // Newest day first; within a day the morning check-in comes before that day's activity.
  return entries.sort((a, b) => (a.date === b.date ? (a.type === "checkin" ? -1 : 1) : a.date < b.date ? 1 : -1));
}

