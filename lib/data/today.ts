import "server-only";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { getDb } from "@/db";
import { exerciseResults, morningCheckins, prescriptions, sessionLogs } from "@/db/schema";
import { addDaysIso, today as todayIso } from "@/lib/dates";
import { isDueOn, weekStart } from "@/lib/rules/schedule";
import { getPlanInForce } from "./plan-in-force";
import type { Actor } from "./actor";

/** Everything the runner's "today" page shows, scoped to the signed-in runner. */
export async function getToday(actor: Actor) {
  if (actor.role !== "runner") return null;
  const date = todayIso();
  const db = await getDb();
  const plan = await getPlanInForce(actor, date);
  const monday = weekStart(date);

  const [doneRows, todaysLogs, yesterdayLogs, checkin] = await Promise.all([
    // Days each exercise was done this week, matched by exercise so a new plan version keeps the count.
    db
      .select({ exerciseId: prescriptions.exerciseId, date: sessionLogs.date })
      .from(exerciseResults)
      .innerJoin(sessionLogs, eq(sessionLogs.id, exerciseResults.sessionLogId))
      .innerJoin(prescriptions, eq(prescriptions.id, exerciseResults.prescriptionId))
      .where(and(eq(sessionLogs.runnerId, actor.id), eq(exerciseResults.done, true), gte(sessionLogs.date, monday), lte(sessionLogs.date, date))),
    db
      .select()
      .from(sessionLogs)
      .where(and(eq(sessionLogs.runnerId, actor.id), eq(sessionLogs.date, date)))
      .orderBy(asc(sessionLogs.createdAt)),
    db
      .select()
      .from(sessionLogs)
      .where(and(eq(sessionLogs.runnerId, actor.id), eq(sessionLogs.date, addDaysIso(date, -1))))
      .orderBy(asc(sessionLogs.createdAt)),
    db
      .select()
      .from(morningCheckins)
      .where(and(eq(morningCheckins.runnerId, actor.id), eq(morningCheckins.date, date)))
      .limit(1),
  ]);

  const doneByExercise = new Map<string, string[]>();
  for (const r of doneRows) doneByExercise.set(r.exerciseId, [...(doneByExercise.get(r.exerciseId) ?? []), r.date]);
  const items = (plan?.items ?? []).map((item) => {
    const done = doneByExercise.get(item.exercise.id) ?? [];
    return {
      ...item,
      doneToday: done.includes(date),
      due: isDueOn(item.prescription, date, done),
    };
  });

  return {
    date,
    plan: plan ? { ...plan.plan, version: plan.version, items } : null,
    todaysLogs,
    checkin: checkin[0] ?? null,
    yesterdaysLogs: yesterdayLogs,
    // The 24-hour rule needs this morning's pain after yesterday's load.
    checkinDue: yesterdayLogs.length > 0 && !checkin[0],
  };
}
