import type { Locale } from "@/lib/i18n/locales";
import "server-only";
import { randomUUID } from "node:crypto";
import { linkTokenDigest as digest, newLinkToken } from "@/lib/auth/link-token";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Queryable } from "@/db";
import { violatedConstraint } from "@/db/errors";
import { careTeam, invites, runnerProfiles, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { addDaysIso, today } from "@/lib/dates";
import { enqueue, QUEUES } from "@/lib/jobs/queue";
import { seal } from "@/lib/jobs/sealed";
import type { NewRunnerInput } from "@/lib/validation/clinic";
import { type Actor } from "./actor";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { storeScreen } from "./red-flags";
import { assertInCare } from "./access";
import { said } from "@/lib/i18n/said";

/*
 * One-time invite links. The token exists only in the link (copied by the clinician, and emailed: the job
 * carries it sealed); the database keeps its SHA-256. Valid 7 days, single use, and a new invite for the same runner revokes the older ones.
 */
export const INVITE_DAYS = 7;
const START_AHEAD_DAYS = 90;

async function issue(tx: Queryable, actor: Actor, runnerId: string): Promise<string> {
  await tx.update(invites).set({ revokedAt: new Date() }).where(and(eq(invites.runnerId, runnerId), isNull(invites.usedAt), isNull(invites.revokedAt)));
  const token = newLinkToken();
  const expiresAt = new Date(Date.now() + INVITE_DAYS * 24 * 60 * 60 * 1000);
  const [invite] = await tx.insert(invites).values({ runnerId, tokenHash: digest(token), expiresAt, createdBy: actor.id }).returning({ id: invites.id });
  await recordAudit(tx, actor, "invite.issue", { type: "invite", id: invite!.id }, { runnerId });
  // Emailed by the worker once this commits; the clinician can still copy the link from the page.
  await enqueue(tx, QUEUES.invite, { inviteId: invite!.id, runnerId, sealedToken: seal(token) });
  return token;
}

/** Creates the runner, their profile and place in this clinician's care, and an invite: all or nothing. */
export async function createRunnerWithInvite(actor: Actor, input: NewRunnerInput): Promise<{ runnerId: string; token: string; flagged: boolean }> {
  if (actor.role !== "clinician") throw new NotFoundError("Clinic");
  // Rehab that starts months from now is a typo, and would refuse every log until then.
  if (input.startDate > addDaysIso(today(input.timeZone), START_AHEAD_DAYS)) throw new InvalidFieldError("startDate", said("startAhead", { days: START_AHEAD_DAYS }));
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [runner] = await tx.insert(users).values({ email: input.email, name: input.name, role: "runner", clinicId: actor.clinicId, locale: input.locale }).returning({ id: users.id });
      const { presentation, affectedSide, goal, startDate, usualPain, timeZone } = input;
      await tx.insert(runnerProfiles).values({ runnerId: runner!.id, presentation, affectedSide, goal, startDate, usualPain, timeZone, historyFlags: [...new Set(input.history ?? [])] });
      await tx.insert(careTeam).values({ clinicianId: actor.id, runnerId: runner!.id });
      await recordAudit(tx, actor, "runner.create", { type: "user", id: runner!.id });
      // The intake screen, asked by the clinician: a yes opens a flag like any other, until recorded as dealt with.
      const screen = await storeScreen(tx, actor, { runnerId: runner!.id, clientId: randomUUID(), source: "intake", screen: input.screen });
      return { runnerId: runner!.id, token: await issue(tx, actor, runner!.id), flagged: screen.urgency != null };
    });
  } catch (error) {
    if (violatedConstraint(error) === "users_email_unique") throw new InvalidFieldError("email", await emailTakenMessage(actor, input.email));
    throw error;
  }
}

/**
 * Whether an email belongs to someone in another clinic is that clinic's business: the clinician learns
 * only that the address cannot be used, in the same words as for any other address already in use
 * outside their clinic. Within their own clinic they may know who it is.
 */
async function emailTakenMessage(actor: Actor, email: string) {
  const db = await getDb();
  const [mine] = await db.select({ id: users.id }).from(users).where(and(eq(users.email, email), eq(users.clinicId, actor.clinicId)));
  return mine ? said("emailInClinic") : said("emailElsewhere");
}

/** A new link for a runner in the actor's care who has not yet chosen a password; the old link stops working. */
export async function reissueInvite(actor: Actor, runnerId: string): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const [runner] = await tx.select({ passwordHash: users.passwordHash, closed: users.deactivatedAt }).from(users).where(eq(users.id, runnerId));
    if (runner?.closed) throw new InvalidFieldError("invite", said("accountClosed"));
    if (runner?.passwordHash) throw new InvalidFieldError("invite", said("runnerJoined"));
    return issue(tx, actor, runnerId);
  });
}

export type InviteState = { status: "valid"; name: string; email: string; timeZone: string; locale: Locale } | { status: "unknown" | "used" | "expired" | "revoked" };

/** What an invite link is worth. Runs before anyone is signed in: the token itself is the credential. */
export async function checkInvite(token: string): Promise<InviteState> {
  const db = await getDb();
  return inviteState(db, token, false);
}

async function inviteState(tx: Queryable, token: string, lock: boolean): Promise<InviteState & { inviteId?: string; runnerId?: string }> {
  const query = tx
    .select({ id: invites.id, runnerId: invites.runnerId, usedAt: invites.usedAt, revokedAt: invites.revokedAt, expiresAt: invites.expiresAt, name: users.name, email: users.email, locale: users.locale, timeZone: runnerProfiles.timeZone })
    .from(invites)
    .innerJoin(users, eq(users.id, invites.runnerId))
    .innerJoin(runnerProfiles, eq(runnerProfiles.runnerId, invites.runnerId))
    .where(eq(invites.tokenHash, digest(token)));
  const [row] = lock ? await query.for("update", { of: invites }) : await query;
  if (!row) return { status: "unknown" };
  if (row.usedAt) return { status: "used" };
  if (row.revokedAt) return { status: "revoked" };
  if (row.expiresAt.getTime() < Date.now()) return { status: "expired" };
  return { status: "valid", name: row.name, email: row.email, timeZone: row.timeZone, locale: row.locale, inviteId: row.id, runnerId: row.runnerId };
}

/**
 * Sets the runner's password (and the time zone and language they confirmed, from their own device) and uses
 * up the invite, in one transaction: a link works once.
 */
export async function acceptInvite(token: string, password: string, timeZone: string, locale: Locale): Promise<InviteState> {
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const state = await inviteState(tx, token, true);
    if (state.status !== "valid") return state;
    await tx.update(invites).set({ usedAt: sql`now()` }).where(eq(invites.id, state.inviteId!));
    await tx.update(users).set({ passwordHash, locale }).where(eq(users.id, state.runnerId!));
    await tx.update(runnerProfiles).set({ timeZone }).where(eq(runnerProfiles.runnerId, state.runnerId!));
    await recordAudit(tx, { id: state.runnerId!, role: "runner" }, "invite.accept", { type: "invite", id: state.inviteId! });
    return { status: "valid", name: state.name, email: state.email, timeZone, locale };
  });
}
