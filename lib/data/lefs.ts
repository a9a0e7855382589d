import "server-only";
import { asc, eq } from "drizzle-orm";
import { perRequest } from "@/lib/request-memo";
import { getDb } from "@/db";
import { lefsResponses, lefsSchedules } from "@/db/schema";
import { today as todayIn } from "@/lib/dates";
import { isLefsDue, lefsTotal, nextLefsDue } from "@/lib/rules/lefs";
import type { LefsResponseInput, LefsScheduleInput } from "@/lib/validation/lefs";
import { type Actor } from "./actor";
import { type ClientKey, insertOnce } from "./insert-once";
import { InvalidFieldError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { assertInCare, assertRunner } from "./access";
import { runnerCalendar } from "./runner-calendar";
import { readableRunner } from "./runners";

/*
 * The LEFS outcome measure: a clinician caring for the runner schedules it, the runner fills it, and both
 * read the scores. Reads are scoped as every other series is (readableRunner): another runner or another
 * clinic gets "not found". Memoized per request: a runner's page and its LEFS card read it once.
 */
export const getLefs = perRequest(async (actor: Actor, runnerId: string) => {
  const runner = await readableRunner(actor, runnerId);
  const db = await getDb();
  const [[schedule], responses] = await Promise.all([
    db.select().from(lefsSchedules).where(eq(lefsSchedules.runnerId, runner.id)),
    db
      .select({ id: lefsResponses.id, date: lefsResponses.date, total: lefsResponses.total, answers: lefsResponses.answers })
      .from(lefsResponses)
      .where(eq(lefsResponses.runnerId, runner.id))
      .orderBy(asc(lefsResponses.date), asc(lefsResponses.createdAt)),
  ]);
  const today = todayIn(runner.timeZone);
  const last = responses.at(-1)?.date ?? null;
  return {
    schedule: schedule ?? null,
    responses,
    today,
    due: !runner.dischargedOn && isLefsDue(schedule ?? null, last, today),
    nextDue: schedule ? nextLefsDue(schedule, last) : null,
  };
});

export async function scheduleLefs(actor: Actor, runnerId: string, input: LefsScheduleInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    await tx
      .insert(lefsSchedules)
      .values({ runnerId, ...input, setBy: actor.id })
      .onConflictDoUpdate({ target: lefsSchedules.runnerId, set: { ...input, setBy: actor.id, updatedAt: new Date() } });
    await recordAudit(tx, actor, "lefs.schedule", { type: "user", id: runnerId }, input);
  });
}

export async function stopLefs(actor: Actor, runnerId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    await tx.delete(lefsSchedules).where(eq(lefsSchedules.runnerId, runnerId));
    await recordAudit(tx, actor, "lefs.stop", { type: "user", id: runnerId });
  });
}

/** The runner's own questionnaire, dated their today; a resend with the same client id stores nothing new. */
export async function saveLefs(actor: Actor, input: LefsResponseInput): Promise<{ id: string; total: number; duplicate: boolean }> {
  assertRunner(actor);
  if (input.answers.length !== 20) throw new InvalidFieldError("answers", "Answer all 20 questions.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { today, dischargedOn } = await runnerCalendar(tx, actor.id);
    if (dischargedOn) throw new InvalidFieldError("clientId", "Your physio has discharged you: there is no questionnaire to fill.");
    const total = lefsTotal(input.answers);
    const columns = { id: lefsResponses.id, total: lefsResponses.total };
    const key: ClientKey<{ id: string; total: number }> = { table: lefsResponses, columns, owner: [lefsResponses.runnerId, actor.id], clientId: [lefsResponses.clientId, input.clientId] };
    const stored = (await insertOnce(tx, key, async () => {
      const values = { runnerId: actor.id, clientId: input.clientId, date: today, answers: input.answers, total };
      const [row] = await tx.insert(lefsResponses).values(values).onConflictDoNothing({ target: [lefsResponses.runnerId, lefsResponses.clientId] }).returning(columns);
      return row;
    }))!;
    if (!stored.duplicate) await recordAudit(tx, actor, "lefs.fill", { type: "lefs", id: stored.row.id }, { total });
    return { ...stored.row, duplicate: stored.duplicate };
  });
}
