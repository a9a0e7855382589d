import "server-only";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { perRequest } from "@/lib/request-memo";
import { getDb } from "@/db";
import { exerciseResults, morningCheckins, prescriptions, sessionLogs } from "@/db/schema";
import { addDaysIso, today as todayIn } from "@/lib/dates";
import { dosesOn, weekStart } from "@/lib/rules/schedule";
import { RULE_DEFINITIONS } from "@/lib/rules/thresholds";
import { peakPain } from "@/lib/rules/traffic-light";
import type { Actor } from "./actor";
import { rulesOfRunner } from "./pain-rules";
import { getPlanInForce } from "./plan-in-force";
import { getJudgedSessionsSince } from "./recovery";
import { getRunner } from "./runners";

/** The signed-in runner, their today (in their own time zone) and their limits: what every runner page starts from. */
export const getRunnerDay = perRequest(async (actor: Actor) => {
  if (actor.role !== "runner") return null;
  const runner = await getRunner(actor, actor.id);
  if (!runner) return null;
  const rules = await rulesOfRunner(runner.id);
  return { runner, today: todayIn(runner.timeZone), rules: rules.effective };
});

/** Everything the runner's "today" page shows, scoped to the signed-in runner. */
export async function getToday(actor: Actor) {
  const day = await getRunnerDay(actor);
  if (!day) return null;
  const date = day.today;
  const db = await getDb();
  const plan = await getPlanInForce(actor, date);
  const monday = weekStart(date);

  const [doneRows, todaysLogs, yesterdayLogs, checkin, recentSessions] = await Promise.all([
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
    getJudgedSessionsSince(actor, actor.id, addDaysIso(date, -RULE_DEFINITIONS.triageRecentDays)),
  ]);

  const doneByExercise = new Map<string, string[]>();
  for (const r of doneRows) doneByExercise.set(r.exerciseId, [...(doneByExercise.get(r.exerciseId) ?? []), r.date]);
  const items = (plan?.items ?? []).map((item) => {
    const doses = dosesOn(item.prescription, date, doneByExercise.get(item.exercise.id) ?? []);
    // Due while a dose of today is still to do; listed once per dose on the today page.
    return { ...item, doses, doneToday: doses.done > 0, due: doses.done < doses.total };
  });

  // Painful sessions whose next morning has come without a check-in: the 24-hour rule is waiting on them.
  const missingMornings = recentSessions
    .filter((s) => s.verdict.provisional && s.verdict.light !== "green" && addDaysIso(s.date, 1) <= date)
    .map((s) => ({ sessionDate: s.date, morning: addDaysIso(s.date, 1), kind: s.kind, pain: peakPain(s), light: s.verdict.light }));

  return {
    date,
    plan: plan ? { ...plan.plan, version: plan.version, items } : null,
    todaysLogs,
    checkin: checkin[0] ?? null,
    yesterdaysLogs: yesterdayLogs,
    // The 24-hour rule needs this morning's pain after yesterday's load.
    checkinDue: yesterdayLogs.length > 0 && !checkin[0],
    missingMornings,
  };
}
