import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import { authSessions, recoveryCodes, users } from "@/db/schema";
import { acceptedStep, newRecoveryCodes, newTotpSecret, qrSvg, recoveryCodeHash, totpUri } from "@/lib/auth/totp";
import { clearKey, gate, policies, recordFailure, throttleKey } from "@/lib/auth/throttle";
import { seal, unseal } from "@/lib/jobs/sealed";
import { recordAudit } from "./audit";
import { InvalidFieldError } from "@/lib/errors";
import { said } from "@/lib/i18n/said";

/*
 * A second factor: a TOTP authenticator app, with ten single-use recovery codes for a lost phone. The
 * secret is kept sealed under AUTH_SECRET; the codes only as hashes. These run for a session that may not
 * be a full sign-in yet (it owes its second factor), so they take the session's user and id, which the
 * caller reads from the checked session, never from a form.
 */
export interface SessionUser {
  userId: string;
  sessionId: string;
}

export interface SecondFactorStatus {
  enabled: boolean;
  recoveryCodesLeft: number;
  /** The clinic requires one of its clinicians: it cannot be turned off. */
  required: boolean;
}

export async function secondFactorStatus(userId: string): Promise<SecondFactorStatus> {
  const db = await getDb();
  const [row] = await selectRows<SecondFactorStatus>(db, sql`
    select u.totp_secret is not null as enabled,
           (select count(*)::int from recovery_codes r where r.user_id = u.id and r.used_at is null) as "recoveryCodesLeft",
           (u.role = 'clinician' and k.require_second_factor) as required
    from users u join clinics k on k.id = u.clinic_id where u.id = ${userId}`);
  return row ?? { enabled: false, recoveryCodesLeft: 0, required: false };
}

export interface Enrolment {
  secret: string;
  /** The secret sealed for the form: the server keeps nothing until a code proves the app has it. */
  sealedSecret: string;
  svg: string;
}

export async function newEnrolment(email: string): Promise<Enrolment> {
  const secret = newTotpSecret();
  return { secret, sealedSecret: seal(secret), svg: await qrSvg(totpUri(email, secret)) };
}

function openSealed(sealedSecret: string): string {
  try {
    return unseal(sealedSecret);
  } catch {
    throw new InvalidFieldError("code", said("twoStepExpired"));
  }
}

/** A code from the app proves enrolment; returns the ten recovery codes, shown once. */
export async function confirmEnrolment(who: SessionUser, sealedSecret: string, code: string): Promise<string[]> {
  const secret = openSealed(sealedSecret);
  const step = await acceptedStep(secret, code, null);
  if (step == null) throw new InvalidFieldError("code", said("codeCheckTime"));
  const codes = newRecoveryCodes();
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: seal(secret), totpLastStep: step }).where(eq(users.id, who.userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, who.userId));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: who.userId, codeHash: recoveryCodeHash(c) })));
    // Enrolment was this session's missing step: it is a full sign-in now.
    await tx.update(authSessions).set({ pendingStep: null }).where(and(eq(authSessions.id, who.sessionId), eq(authSessions.userId, who.userId)));
    await recordAudit(tx, { id: who.userId }, "second_factor.enrol", { type: "user", id: who.userId }, {}, { runnerId: null });
  });
  return codes;
}

/**
 * The second step of signing in: a code from the app, or one of the recovery codes (used up). Throttled
 * per account like a password; a code is never accepted twice.
 */
export async function verifySecondFactor(who: SessionUser, code: string): Promise<"verified" | { retryAfterSeconds: number }> {
  const key = throttleKey("secondFactor", who.userId);
  const policy = policies.secondFactor();
  const g = await gate(key, policy);
  if (g.blocked) return { retryAfterSeconds: g.retryAfterSeconds };
  const db = await getDb();
  const [user] = await db.select({ secret: users.totpSecret, lastStep: users.totpLastStep }).from(users).where(eq(users.id, who.userId));
  const verified = await db.transaction(async (tx) => {
    let how: "app" | "recovery code" | null = null;
    const step = user?.secret ? await acceptedStep(unseal(user.secret), code, user.lastStep) : null;
    if (step != null) {
      // Conditional on the step stored: two tabs sending the same code cannot both pass.
      const [took] = await tx
        .update(users)
        .set({ totpLastStep: step })
        .where(and(eq(users.id, who.userId), sql`coalesce(${users.totpLastStep}, -1) < ${step}`))
        .returning({ id: users.id });
      if (took) how = "app";
    } else if (user?.secret) {
      const [used] = await tx
        .update(recoveryCodes)
        .set({ usedAt: sql`now()` })
        .where(and(eq(recoveryCodes.userId, who.userId), eq(recoveryCodes.codeHash, recoveryCodeHash(code)), isNull(recoveryCodes.usedAt)))
        .returning({ id: recoveryCodes.id });
      if (used) how = "recovery code";
    }
    if (!how) return false;
    await tx.update(authSessions).set({ pendingStep: null }).where(and(eq(authSessions.id, who.sessionId), eq(authSessions.userId, who.userId), eq(authSessions.pendingStep, "verify")));
    await recordAudit(tx, { id: who.userId }, "second_factor.verify", { type: "auth_session", id: who.sessionId }, { how }, { runnerId: null });
    return true;
  });
  if (!verified) {
    await recordFailure(key, policy);
    throw new InvalidFieldError("code", said("codeOrRecovery"));
  }
  await clearKey(key);
  return "verified";
}

/** Turns the second factor off (a current code proves it is the owner); refused where the clinic requires it. */
export async function disableSecondFactor(who: SessionUser, code: string) {
  const status = await secondFactorStatus(who.userId);
  if (status.required) throw new InvalidFieldError("code", said("twoStepRequired"));
  if (!status.enabled) return;
  const db = await getDb();
  const [user] = await db.select({ secret: users.totpSecret, lastStep: users.totpLastStep }).from(users).where(eq(users.id, who.userId));
  const step = user?.secret ? await acceptedStep(unseal(user.secret), code, user.lastStep) : null;
  if (step == null) throw new InvalidFieldError("code", said("codeNow"));
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: null, totpLastStep: null }).where(eq(users.id, who.userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, who.userId));
    await recordAudit(tx, { id: who.userId }, "second_factor.disable", { type: "user", id: who.userId }, {}, { runnerId: null });
  });
}
