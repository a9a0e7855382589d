import "server-only";
import { and, asc, desc, eq, isNotNull } from "drizzle-orm";
import { perRequest } from "@/lib/request-memo";
import { today } from "@/lib/dates";
import { getDb } from "@/db";
import { careAccess, runnerProfiles, users } from "@/db/schema";
import type { RunnerProfileInput } from "@/lib/validation/clinic";
import { type Actor, isId } from "./actor";
import { NotFoundError } from "@/lib/errors";
import { recordAudit, recordRead } from "./audit";
import { assertInCare, assertRunner } from "./access";

/**
 * A runner as the acting user may see them: a clinician only for runners in their care, a runner only
 * themselves. Anyone else's id gives null (the page shows "not found"). Memoized per request: the page
 * and each of its chart cards ask for the same runner.
 */
export const getRunner = perRequest(async (actor: Actor, runnerId: string) => {
  if (!isId(runnerId)) return null;
  if (actor.role === "runner" && actor.id !== runnerId) return null;
  const db = await getDb();
  const query = db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      hasPassword: users.passwordHash,
      closed: users.deactivatedAt,
      presentation: runnerProfiles.presentation,
      affectedSide: runnerProfiles.affectedSide,
      goal: runnerProfiles.goal,
      startDate: runnerProfiles.startDate,
      usualPain: runnerProfiles.usualPain,
      historyFlags: runnerProfiles.historyFlags,
      timeZone: runnerProfiles.timeZone,
      dischargedOn: runnerProfiles.dischargedOn,
      dischargeReason: runnerProfiles.dischargeReason,
    })
    .from(users)
    .innerJoin(runnerProfiles, eq(runnerProfiles.runnerId, users.id));
  const [row] =
    actor.role === "clinician"
      ? await query
          .innerJoin(careAccess, and(eq(careAccess.runnerId, users.id), eq(careAccess.clinicianId, actor.id)))
          .where(eq(users.id, runnerId))
      : await query.where(eq(users.id, runnerId));
  if (!row) return null;
  // Once per request (this function is memoized): the clinician opened this runner's record.
  await recordRead(actor, "runner.view", runnerId);
  const { hasPassword, closed, ...runner } = row;
  // A closed account (lib/data/closure.ts) is never invited again, whether or not it had joined.
  return { ...runner, invitePending: hasPassword == null && closed == null };
});

export type Runner = NonNullable<Awaited<ReturnType<typeof getRunner>>>;

/** The runner, if the actor may read them; the one authorization check every series goes through. */
export async function readableRunner(actor: Actor, runnerId: string) {
  const runner = await getRunner(actor, runnerId);
  if (!runner) throw new NotFoundError("Runner");
  return runner;
}

/** The clinician edits what they recorded at intake; the values before are kept in the audit log. */
export async function updateRunnerProfile(actor: Actor, runnerId: string, input: RunnerProfileInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const [before] = await tx.select().from(runnerProfiles).where(eq(runnerProfiles.runnerId, runnerId));
    if (!before) throw new NotFoundError("Runner");
    await tx.update(runnerProfiles).set(input).where(eq(runnerProfiles.runnerId, runnerId));
    const changed = (Object.keys(input) as (keyof RunnerProfileInput)[]).filter((k) => before[k] !== input[k]);
    await recordAudit(tx, actor, "profile.update", { type: "user", id: runnerId }, { before: Object.fromEntries(changed.map((k) => [k, before[k]])), after: Object.fromEntries(changed.map((k) => [k, input[k]])) });
  });
}

/** A runner moves (or travels): their calendar follows them. */
export async function setOwnTimeZone(actor: Actor, timeZone: string) {
  assertRunner(actor);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [before] = await tx.select({ timeZone: runnerProfiles.timeZone }).from(runnerProfiles).where(eq(runnerProfiles.runnerId, actor.id));
    if (!before) throw new NotFoundError("Runner");
    if (before.timeZone === timeZone) return;
    await tx.update(runnerProfiles).set({ timeZone }).where(eq(runnerProfiles.runnerId, actor.id));
    await recordAudit(tx, actor, "profile.time_zone", { type: "user", id: actor.id }, { before: before.timeZone, after: timeZone });
  });
}

/** Re-admission: back on the active roster, with a new plan to be built; the old episode stays in the history. */
export async function readmitRunner(actor: Actor, runnerId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const [profile] = await tx.select().from(runnerProfiles).where(eq(runnerProfiles.runnerId, runnerId)).for("update");
    if (!profile?.dischargedOn) throw new NotFoundError("Discharged runner");
    // A new episode of care begins today: its measures, summary and outcome figures count from here.
    await tx.update(runnerProfiles).set({ dischargedOn: null, dischargeReason: null, episodeStartedOn: today(profile.timeZone) }).where(eq(runnerProfiles.runnerId, runnerId));
    await recordAudit(tx, actor, "runner.readmit", { type: "user", id: runnerId }, { dischargedOn: profile.dischargedOn, reason: profile.dischargeReason });
  });
}

/** The clinician's discharged runners, most recent first. */
export async function listDischarged(actor: Actor) {
  if (actor.role !== "clinician") return [];
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, dischargedOn: runnerProfiles.dischargedOn, reason: runnerProfiles.dischargeReason })
    .from(careAccess)
    .innerJoin(users, eq(users.id, careAccess.runnerId))
    .innerJoin(runnerProfiles, eq(runnerProfiles.runnerId, users.id))
    .where(and(eq(careAccess.clinicianId, actor.id), isNotNull(runnerProfiles.dischargedOn)))
    .orderBy(desc(runnerProfiles.dischargedOn), asc(users.name));
}
