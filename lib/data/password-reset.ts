import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/session-rows";
import { clearKey, gate, policies, recordFailure, throttleKey } from "@/lib/auth/throttle";
import { enqueue, QUEUES } from "@/lib/jobs/queue";
import { seal } from "@/lib/jobs/sealed";
import { issueAccountToken, redeemAccountToken, type TokenState, tokenState } from "./account-tokens";
import { recordAudit } from "./audit";

/*
 * "Forgot your password?" for runners and clinicians. Runs before anyone is signed in, so it takes no
 * actor: the email (for the request) or the link's token (for the reset) is all there is. The answer to a
 * request never says whether the email has an account; every request counts against the email and the
 * address, as sign-in attempts do, whether or not a mail is sent.
 */

export type ResetRequest = { status: "sent" } | { status: "throttled"; retryAfterSeconds: number };

export async function requestPasswordReset(email: string, address: string): Promise<ResetRequest> {
  const keys = [
    { key: throttleKey("resetAccount", email), policy: policies.resetAccount() },
    { key: throttleKey("resetAddress", address), policy: policies.resetAddress() },
  ];
  for (const t of keys) {
    const g = await gate(t.key, t.policy);
    if (g.blocked) return { status: "throttled", retryAfterSeconds: g.retryAfterSeconds };
  }
  for (const t of keys) await recordFailure(t.key, t.policy);
  const db = await getDb();
  await db.transaction(async (tx) => {
    // An account that cannot sign in (a colleague who has left, a runner who never joined) gets no link.
    const [user] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, email.toLowerCase()), isNull(users.deactivatedAt), sql`${users.passwordHash} is not null`));
    if (!user) return;
    const { id, token } = await issueAccountToken(tx, "password_reset", user.id, null);
    await recordAudit(tx, null, "auth.password_reset_request", { type: "user", id: user.id }, {}, { runnerId: null, clinicOf: user.id });
    await enqueue(tx, QUEUES.account, { tokenId: id, sealedToken: seal(token) });
  });
  return { status: "sent" };
}

export async function checkPasswordReset(token: string): Promise<TokenState> {
  return tokenState(await getDb(), "password_reset", token);
}

/** Sets the new password from a reset link: once, and every session of the account ends. */
export async function resetPassword(token: string, password: string): Promise<TokenState & { email?: string }> {
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<TokenState & { email?: string }> => {
    const state = await redeemAccountToken(tx, "password_reset", token);
    if (state.status !== "valid") return state;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, lockNoticeAt: null })
      .where(and(eq(users.id, state.userId!), isNull(users.deactivatedAt)))
      .returning({ email: users.email });
    if (!user) return { status: "revoked" };
    await revokeUserSessions(tx, state.userId!, "password-reset");
    await recordAudit(tx, { id: state.userId! }, "auth.password_reset", { type: "user", id: state.userId! }, {}, { runnerId: null });
    return { ...state, email: user.email };
  });
  // Proving the mailbox lifts a sign-in lock on the account: the owner can sign in with the new password now.
  if (result.email) await clearKey(throttleKey("account", result.email));
  return result;
}
