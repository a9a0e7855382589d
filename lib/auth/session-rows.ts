import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, type Queryable, selectRows } from "@/db";
import { authSessions, type Locale, type Role, users } from "@/db/schema";
import type { JWT } from "next-auth/jwt";
import type { Session } from "next-auth";
import { isConnectionError, markDatabaseDown } from "@/db/health";
import { recordAudit } from "@/lib/data/audit";

/*
 * Server-side sessions behind the JWT cookie. The cookie names a row; each request checks that row on the
 * database's clock (one clock for every instance) and re-reads the user's role and clinic, so nothing in
 * a 14-day token is trusted on its own. Idle limits differ by role: a clinic desk is shared, a phone is not.
 */

const minutes = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const sessionLimits = () => ({
  idleMinutes: { clinician: minutes("STRIDEBACK_IDLE_MINUTES_CLINICIAN", 30), runner: minutes("STRIDEBACK_IDLE_MINUTES_RUNNER", 7 * 24 * 60) } satisfies Record<Role, number>,
  maxDays: 14,
});

/**
 * Opens a session at sign-in. A password alone opens it pending: an account with a second factor must
 * "verify" it, and a clinician whose clinic requires one and has none must "enrol" first.
 */
export async function openSession(userId: string): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [step] = await selectRows<{ pending: "verify" | "enrol" | null }>(tx, sql`
      select case when u.totp_secret is not null then 'verify'
                  when u.role = 'clinician' and k.require_second_factor then 'enrol' end as pending
      from users u join clinics k on k.id = u.clinic_id where u.id = ${userId}`);
    const [session] = await tx.insert(authSessions).values({ userId, pendingStep: step?.pending ?? null }).returning({ id: authSessions.id });
    await recordAudit(tx, { id: userId }, "auth.sign_in", { type: "auth_session", id: session!.id }, {}, { runnerId: null });
    return session!.id;
  });
}

export interface LiveSession {
  sessionId: string;
  userId: string;
  role: Role;
  clinicId: string;
  name: string;
  email: string;
  lockNoticeAt: Date | null;
  admin: boolean;
  pendingStep: PendingStep | null;
  locale: Locale;
}

export type PendingStep = "verify" | "enrol";

/** The session if it is still live (not revoked, not idle, not too old); touches it at most once a minute. */
export async function checkSession(sessionId: unknown): Promise<LiveSession | null> {
  if (typeof sessionId !== "string" || !/^[0-9a-f-]{36}$/.test(sessionId)) return null;
  const db = await getDb();
  const limits = sessionLimits();
  const [row] = await selectRows<LiveSession & { idle: boolean; stale: boolean }>(db, sql`
    select s.id as "sessionId", u.id as "userId", u.role, u.clinic_id as "clinicId", u.name, u.email, u.lock_notice_at as "lockNoticeAt", u.is_admin as admin, s.pending_step as "pendingStep", u.locale,
           s.last_seen_at < now() - make_interval(mins => case u.role when 'clinician' then ${limits.idleMinutes.clinician}::int else ${limits.idleMinutes.runner}::int end) as idle,
           s.last_seen_at < now() - interval '1 minute' as stale
    from auth_sessions s join users u on u.id = s.user_id
    where s.id = ${sessionId} and s.revoked_at is null and u.deactivated_at is null and s.created_at > now() - make_interval(days => ${limits.maxDays}::int)
  `);
  if (!row) return null;
  if (row.idle) {
    await revokeSession(sessionId, "idle");
    return null;
  }
  if (row.stale) await db.update(authSessions).set({ lastSeenAt: sql`now()` }).where(eq(authSessions.id, sessionId));
  const { idle: _, stale: __, ...live } = row;
  return live;
}

/**
 * The session row's answer, with an unreachable database told apart from a session that has ended: then
 * the user is neither signed in nor out, and the page or form says the database is down.
 */
export async function liveSessionOrUnavailable(sessionId: unknown): Promise<LiveSession | "unavailable" | null> {
  try {
    return await checkSession(sessionId);
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    markDatabaseDown();
    return "unavailable";
  }
}

/** What the token says once its row is checked: role, clinic and name come from the database, never the token. */
export function claimsOf(live: LiveSession) {
  const lockNoticeAt = live.lockNoticeAt ? new Date(live.lockNoticeAt).toISOString() : null;
  return { unavailable: false, id: live.userId, role: live.role, clinicId: live.clinicId, admin: live.admin, pendingStep: live.pendingStep, name: live.name, email: live.email, lockNoticeAt, locale: live.locale };
}

/** The session the app reads, from a checked token: for Auth.js's own answers and for getSession alike. */
export function sessionOf(token: JWT, expires: string): Session {
  return {
    expires,
    user: { id: token.id, role: token.role, clinicId: token.clinicId, admin: token.admin === true, name: token.name, email: token.email },
    sessionId: token.sid,
    pendingStep: token.pendingStep ?? null,
    lockNoticeAt: token.lockNoticeAt ?? null,
    locale: token.locale ?? null,
    unavailable: token.unavailable === true,
  };
}

export async function revokeSession(sessionId: string, reason: string) {
  const db = await getDb();
  const [row] = await db
    .update(authSessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)))
    .returning({ userId: authSessions.userId });
  if (row && reason === "sign-out") await recordAudit(db, { id: row.userId }, "auth.sign_out", { type: "auth_session", id: sessionId }, {}, { runnerId: null });
}

/** Ends every session of a user (a password change keeps the one that made it). */
export async function revokeUserSessions(tx: Queryable, userId: string, reason: string, except?: string) {
  await tx
    .update(authSessions)
    .set({ revokedAt: sql`now()`, revokedReason: reason })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt), except ? ne(authSessions.id, except) : undefined));
}

/** The owner has read that sign-in was locked: the notice goes, on every device. */
export async function dismissLockNotice(userId: string) {
  const db = await getDb();
  await db.update(users).set({ lockNoticeAt: null }).where(eq(users.id, userId));
}
