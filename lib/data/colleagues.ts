import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Queryable, selectRows } from "@/db";
import { violatedConstraint } from "@/db/errors";
import { careTeam, recoveryCodes, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/session-rows";
import { enqueue, QUEUES } from "@/lib/jobs/queue";
import { seal } from "@/lib/jobs/sealed";
import type { InviteClinicianInput } from "@/lib/validation/clinic-admin";
import { issueAccountToken, redeemAccountToken, type TokenState, tokenState } from "./account-tokens";
import { type Actor, isId } from "./actor";
import { assertAdmin } from "./access";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { said } from "@/lib/i18n/said";

/*
 * A clinic's clinicians, as its admins manage them: invite, the admin right (never the last admin's),
 * deactivation (sessions end at once, the audit trail stays, runners wait on the admin's roster as
 * "no clinician" until handed over) and a reset of a lost second factor. Only an admin of the same clinic
 * reaches any of it; anyone else finds nothing.
 */

export interface Colleague {
  id: string;
  name: string;
  email: string;
  admin: boolean;
  active: boolean;
  joined: boolean;
  secondFactor: boolean;
  runners: number;
}

export async function listColleagues(actor: Actor): Promise<Colleague[]> {
  assertAdmin(actor);
  const db = await getDb();
  return selectRows<Colleague>(db, sql`
    select u.id, u.name, u.email, u.is_admin as admin, u.deactivated_at is null as active, u.password_hash is not null as joined,
           u.totp_secret is not null as "secondFactor",
           (select count(*)::int from care_team ct join runner_profiles rp on rp.runner_id = ct.runner_id
            where ct.clinician_id = u.id and ct.cover_until is null and rp.discharged_on is null) as runners
    from users u
    where u.clinic_id = ${actor.clinicId} and u.role = 'clinician'
    order by u.deactivated_at is not null, lower(u.name)`);
}

/** The active clinicians of the actor's clinic, for choosing who takes over or covers. */
export async function activeClinicians(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (actor.role !== "clinician") throw new NotFoundError("Clinic");
  const db = await getDb();
  return selectRows(db, sql`
    select id, name from users where clinic_id = ${actor.clinicId} and role = 'clinician' and deactivated_at is null and password_hash is not null
    order by lower(name)`);
}

/** A clinician of the actor's clinic, locked for the change; anyone else is "not found". */
async function colleague(tx: Queryable, actor: Actor, clinicianId: string) {
  assertAdmin(actor);
  if (!isId(clinicianId)) throw new NotFoundError("Clinician");
  const [row] = await tx
    .select({ id: users.id, name: users.name, isAdmin: users.isAdmin, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(and(eq(users.id, clinicianId), eq(users.clinicId, actor.clinicId), eq(users.role, "clinician")))
    .for("update");
  if (!row) throw new NotFoundError("Clinician");
  return row;
}

/** Creates the colleague's account (no password yet) and emails them a one-time link to join. */
export async function inviteClinician(actor: Actor, input: InviteClinicianInput): Promise<{ clinicianId: string }> {
  assertAdmin(actor);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx.insert(users).values({ email: input.email, name: input.name, role: "clinician", isAdmin: input.admin, clinicId: actor.clinicId }).returning({ id: users.id });
      const { id, token } = await issueAccountToken(tx, "clinician_invite", user!.id, actor.id);
      await recordAudit(tx, actor, "clinician.invite", { type: "user", id: user!.id }, { admin: input.admin }, { runnerId: null });
      await enqueue(tx, QUEUES.account, { tokenId: id, sealedToken: seal(token) });
      return { clinicianId: user!.id };
    });
  } catch (error) {
    if (violatedConstraint(error) === "users_email_unique") throw new InvalidFieldError("email", said("colleagueEmailTaken"));
    throw error;
  }
}

/** A new invite link for a colleague who has not joined yet; the old link stops working. */
export async function reinviteClinician(actor: Actor, clinicianId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await colleague(tx, actor, clinicianId);
    const [row] = await tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, clinicianId));
    if (row?.passwordHash) throw new InvalidFieldError("clinicianId", said("colleagueJoined"));
    const { id, token } = await issueAccountToken(tx, "clinician_invite", clinicianId, actor.id);
    await recordAudit(tx, actor, "clinician.invite", { type: "user", id: clinicianId }, { again: true }, { runnerId: null });
    await enqueue(tx, QUEUES.account, { tokenId: id, sealedToken: seal(token) });
  });
}

export type JoinState = TokenState & { name?: string; email?: string; clinic?: string };

/** What a colleague's invite link is worth. Runs before anyone is signed in: the token is the credential. */
export async function checkClinicianInvite(token: string): Promise<JoinState> {
  const db = await getDb();
  const state = await tokenState(db, "clinician_invite", token);
  if (state.status !== "valid") return state;
  const [who] = await selectRows<{ name: string; email: string; clinic: string }>(db, sql`
    select u.name, u.email, k.name as clinic from users u join clinics k on k.id = u.clinic_id where u.id = ${state.userId} and u.deactivated_at is null`);
  return who ? { ...state, ...who } : { status: "revoked" };
}

/** Sets the colleague's password and uses the link up, in one transaction. */
export async function joinClinic(token: string, password: string): Promise<JoinState> {
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const state = await redeemAccountToken(tx, "clinician_invite", token);
    if (state.status !== "valid") return state;
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, state.userId!), sql`${users.deactivatedAt} is null`))
      .returning({ email: users.email, name: users.name });
    if (!user) return { status: "revoked" };
    await recordAudit(tx, { id: state.userId! }, "clinician.join", { type: "user", id: state.userId! }, {}, { runnerId: null });
    return { ...state, ...user };
  });
}

const LAST_ADMIN = said("lastAdmin");

async function guardLastAdmin<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (violatedConstraint(error) === "users_last_admin") throw new InvalidFieldError("clinicianId", LAST_ADMIN);
    throw error;
  }
}

/** Grants or removes the admin right; the database refuses to remove the last active admin's. */
export async function setAdminRight(actor: Actor, clinicianId: string, admin: boolean) {
  const db = await getDb();
  await guardLastAdmin(() =>
    db.transaction(async (tx) => {
      const before = await colleague(tx, actor, clinicianId);
      if (before.isAdmin === admin) return;
      await tx.update(users).set({ isAdmin: admin }).where(eq(users.id, clinicianId));
      await recordAudit(tx, actor, admin ? "clinician.admin_grant" : "clinician.admin_remove", { type: "user", id: clinicianId }, {}, { runnerId: null });
    }),
  );
}

/**
 * Switches a clinician off: every session ends at once, sign-in is refused, pending links stop working.
 * Their care-team places stay as the record of who cared for whom, but give no access: their runners show
 * on the admins' roster as "no clinician" until handed over.
 */
export async function deactivateClinician(actor: Actor, clinicianId: string) {
  if (clinicianId === actor.id) throw new InvalidFieldError("clinicianId", said("notYourself"));
  const db = await getDb();
  await guardLastAdmin(() =>
    db.transaction(async (tx) => {
      const before = await colleague(tx, actor, clinicianId);
      if (before.deactivatedAt) return;
      await tx.update(users).set({ deactivatedAt: sql`now()` }).where(eq(users.id, clinicianId));
      await revokeUserSessions(tx, clinicianId, "deactivated");
      // A cover they gave ends with them; their own runners wait for a handover.
      await tx.delete(careTeam).where(and(eq(careTeam.clinicianId, clinicianId), sql`${careTeam.coverUntil} is not null`));
      await recordAudit(tx, actor, "clinician.deactivate", { type: "user", id: clinicianId }, {}, { runnerId: null });
    }),
  );
}

/** Switches a clinician back on (they sign in with their old password; their runners stay wherever they were handed). */
export async function reactivateClinician(actor: Actor, clinicianId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await colleague(tx, actor, clinicianId);
    if (!before.deactivatedAt) return;
    await tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, clinicianId));
    await recordAudit(tx, actor, "clinician.reactivate", { type: "user", id: clinicianId }, {}, { runnerId: null });
  });
}

/** A lost authenticator: the admin clears the colleague's second factor; they enrol again at next sign-in. */
export async function resetSecondFactor(actor: Actor, clinicianId: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await colleague(tx, actor, clinicianId);
    await tx.update(users).set({ totpSecret: null, totpLastStep: null }).where(eq(users.id, clinicianId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, clinicianId));
    await revokeUserSessions(tx, clinicianId, "second-factor-reset");
    await recordAudit(tx, actor, "second_factor.admin_reset", { type: "user", id: clinicianId }, {}, { runnerId: null });
  });
}
