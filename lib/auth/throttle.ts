import "server-only";
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import { authThrottle, users } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";

/*
 * Throttling of sign-in and invite attempts, in PostgreSQL so every app instance shares it, on the
 * database's clock so instances agree on time. Per account (the email tried) and per address:
 * - a few free failures, then exponential back-off (1 s, 2 s, 4 s ... up to a minute);
 * - at the lock threshold, a temporary lock. Attempts during a back-off still count towards the lock;
 *   attempts during the lock do not extend it (an attacker cannot keep the owner out for ever).
 * A blocked attempt is refused before any password is hashed: throttled guessing costs almost nothing.
 * The same rules apply whether or not the email has an account, so the answers reveal nothing.
 */

export interface ThrottlePolicy {
  free: number;
  lockAfter: number;
  lockSeconds: number;
}

const fromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export const policies = {
  account: (): ThrottlePolicy => ({ free: 5, lockAfter: 10, lockSeconds: fromEnv("STRIDEBACK_SIGNIN_LOCK_SECONDS", 15 * 60) }),
  // An address may be a whole clinic behind one router: more room before it is blocked.
  address: (): ThrottlePolicy => {
    const free = fromEnv("STRIDEBACK_ADDRESS_FREE_FAILURES", 20);
    return { free, lockAfter: Math.max(free * 5, 100), lockSeconds: fromEnv("STRIDEBACK_SIGNIN_LOCK_SECONDS", 15 * 60) };
  },
  invite: (): ThrottlePolicy => ({ free: 10, lockAfter: 30, lockSeconds: fromEnv("STRIDEBACK_SIGNIN_LOCK_SECONDS", 15 * 60) }),
  // Password-reset requests: ten in a row for one email, then a pause (every request counts, sent or not).
  resetAccount: (): ThrottlePolicy => ({ free: 9, lockAfter: 10, lockSeconds: fromEnv("STRIDEBACK_SIGNIN_LOCK_SECONDS", 15 * 60) }),
  resetAddress: (): ThrottlePolicy => {
    const free = fromEnv("STRIDEBACK_ADDRESS_FREE_FAILURES", 20);
    return { free, lockAfter: free + 1, lockSeconds: fromEnv("STRIDEBACK_SIGNIN_LOCK_SECONDS", 15 * 60) };
  },
  // Second-factor codes: a 6-digit code must not be guessable, so few tries before a pause.
  secondFactor: (): ThrottlePolicy => ({ free: 4, lockAfter: 10, lockSeconds: fromEnv("STRIDEBACK_SIGNIN_LOCK_SECONDS", 15 * 60) }),
};

export interface Gate {
  blocked: boolean;
  locked: boolean;
  retryAfterSeconds: number;
}

const FAILURE_WINDOW = "1 hour";

/** Keys never hold an email or an address in clear: the throttle table is not another copy of them. */
export const throttleKey = (kind: keyof typeof policies, value: string) => `${kind}:${createHash("sha256").update(value.trim().toLowerCase()).digest("hex").slice(0, 32)}`;

/** Is this key blocked now? A key with no row, or whose block has passed, is open. */
export async function gate(key: string, policy: ThrottlePolicy): Promise<Gate> {
  const db = await getDb();
  const [row] = await selectRows<{ wait: number | null; failures: number }>(db, sql`
    select failures, ceil(extract(epoch from blocked_until - now()))::int as wait
    from auth_throttle where key = ${key} and blocked_until > now()
  `);
  if (!row) return { blocked: false, locked: false, retryAfterSeconds: 0 };
  return { blocked: true, locked: row.failures >= policy.lockAfter, retryAfterSeconds: Math.max(1, row.wait ?? 1) };
}

/**
 * Counts a failure (unless the key is locked) and sets its next block. Returns true when this failure
 * locked the key (callers never count attempts refused by a lock, so each true is a new lock). A failure window of an hour: after an hour without a block, the count starts again.
 */
export async function recordFailure(key: string, policy: ThrottlePolicy): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // The row is locked for this transaction: concurrent failures for one key are counted one by one.
    const [before] = await selectRows<{ inLock: boolean }>(tx, sql`
      select failures >= ${policy.lockAfter} and blocked_until > now() as "inLock" from auth_throttle where key = ${key} for update
    `);
    if (before?.inLock) return false;
    const [row] = await selectRows<{ failures: number }>(tx, sql`
      insert into auth_throttle as t (key, failures, window_started_at, blocked_until)
      values (${key}, 1, now(), null)
      on conflict (key) do update set
        failures = case when t.window_started_at < now() - interval '${sql.raw(FAILURE_WINDOW)}' and coalesce(t.blocked_until, now()) <= now() then 1 else t.failures + 1 end,
        window_started_at = case when t.window_started_at < now() - interval '${sql.raw(FAILURE_WINDOW)}' and coalesce(t.blocked_until, now()) <= now() then now() else t.window_started_at end
      returning failures
    `);
    const failures = row!.failures;
    if (failures <= policy.free) return false;
    const locks = failures >= policy.lockAfter;
    const wait = locks ? policy.lockSeconds : Math.min(2 ** (failures - policy.free - 1), 60);
    // Only ever extends a block.
    await tx.execute(sql`
      update auth_throttle set blocked_until = greatest(coalesce(blocked_until, now()), now() + make_interval(secs => ${wait})) where key = ${key}
    `);
    return locks;
  });
}

/** A successful sign-in clears its account's count (never the address's: one good account must not reset guessing at others). */
export async function clearKey(key: string) {
  const db = await getDb();
  await db.delete(authThrottle).where(eq(authThrottle.key, key));
}

/** The owner is told of a lock at their next sign-in; the audit log keeps it too. */
export async function noteAccountLock(email: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx.update(users).set({ lockNoticeAt: new Date() }).where(eq(users.email, email.toLowerCase())).returning({ id: users.id, role: users.role });
    if (user) await recordAudit(tx, null, "auth.lock", { type: "user", id: user.id }, {}, { runnerId: null, clinicOf: user.id });
  });
}
