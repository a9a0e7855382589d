import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/session-rows";
import { gate, noteAccountLock, policies, recordFailure, throttleKey } from "@/lib/auth/throttle";
import type { ChangePasswordInput } from "@/lib/validation/auth";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { InvalidFieldError } from "@/lib/errors";
import { said } from "@/lib/i18n/said";

/**
 * The signed-in user's own password, asked again before an act that cannot be taken back. It is checked
 * under the same throttle as sign-in: a stolen, unlocked phone must not become a password-guessing oracle.
 */
export async function confirmOwnPassword(actor: Actor, password: string, field: string, wrong: string) {
  const db = await getDb();
  const [user] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!user) throw new InvalidFieldError(field, wrong);
  const key = throttleKey("account", user.email);
  const policy = policies.account();
  const g = await gate(key, policy);
  if (g.blocked) throw new InvalidFieldError(field, said("tooManyAttempts", { minutes: Math.ceil(g.retryAfterSeconds / 60) }));
  if (!(await verifyPassword(user.passwordHash, password))) {
    if (await recordFailure(key, policy)) await noteAccountLock(user.email);
    throw new InvalidFieldError(field, wrong);
  }
}

/**
 * The signed-in user changes their own password, confirming the current one; every other session of the
 * user ends, on every device, and the change is audited.
 */
export async function changePassword(actor: Actor, input: ChangePasswordInput) {
  await confirmOwnPassword(actor, input.current, "current", said("notCurrentPassword"));
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.id));
    await revokeUserSessions(tx, actor.id, "password-change", actor.sessionId);
    await recordAudit(tx, actor, "auth.password_change", { type: "user", id: actor.id }, {}, { runnerId: null });
  });
}
