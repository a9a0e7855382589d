import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { violatedConstraint } from "@/db/errors";
import { episodes, plans, runnerProfiles } from "@/db/schema";
import { revokeUserSessions } from "@/lib/auth/session-rows";
import { today } from "@/lib/dates";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import type { DischargeInput } from "@/lib/validation/clinic";
import { assertInCare } from "./access";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { composeSummary } from "./episodes";
import { said } from "@/lib/i18n/said";

/**
 * Discharge: the runner leaves the active roster and their plan ends; their history stays, readable by
 * them and their clinicians, and nothing is deleted. Only the runner's own clinicians may.
 */
export async function dischargeRunner(actor: Actor, runnerId: string, input: DischargeInput) {
  // The summary is read as the pages read it, then stored with the discharge: both or neither.
  const episode = await composeSummary(actor, runnerId, input.date, input.reason);
  const db = await getDb();
  await unlessViolated(db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const [profile] = await tx.select().from(runnerProfiles).where(eq(runnerProfiles.runnerId, runnerId)).for("update");
    if (!profile) throw new NotFoundError("Runner");
    if (profile.dischargedOn) throw new InvalidFieldError("date", said("alreadyDischarged", { date: { day: profile.dischargedOn } }));
    if (input.date > today(profile.timeZone)) throw new InvalidFieldError("date", said("dischargeFuture"));
    if (input.date < profile.startDate) throw new InvalidFieldError("date", said("beforeStart", { date: { day: profile.startDate } }));
    if (input.date < episode.startedOn) throw new InvalidFieldError("date", said("beforeEpisode", { date: { day: episode.startedOn } }));
    await tx.update(runnerProfiles).set({ dischargedOn: input.date, dischargeReason: input.reason, dischargeMeasuresAskedAt: null }).where(eq(runnerProfiles.runnerId, runnerId));
    await tx.insert(episodes).values(episode);
    const ended = await tx
      .update(plans)
      .set({ status: "ended", endedAt: new Date() })
      .where(and(eq(plans.runnerId, runnerId), eq(plans.status, "active")))
      .returning({ id: plans.id });
    await recordAudit(tx, actor, "runner.discharge", { type: "user", id: runnerId }, { date: input.date, reason: input.reason, endedPlans: ended.map((p) => p.id) });
    // Out of care: signed out everywhere. Signing in again shows the history, read-only.
    await revokeUserSessions(tx, runnerId, "discharged");
  }));
}

/** Two discharges of one episode (a re-admission and a discharge again, the same day) would be two summaries of one episode. */
async function unlessViolated<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (violatedConstraint(error) === "episodes_runner_start_unique") throw new InvalidFieldError("date", said("episodeSummarised"));
    throw error;
  }
}

