import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { authThrottle } from "@/db/schema";
import { clearKey, gate, recordFailure, throttleKey } from "./throttle";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const policy = { free: 3, lockAfter: 6, lockSeconds: 600 };
/** Moves a key's block into the past, as if its time had run out. */
const expire = (key: string) => db.update(authThrottle).set({ blockedUntil: sql`now() - interval '1 second'` }).where(eq(authThrottle.key, key));

describe("sign-in throttling", () => {
  it("allows a few failures, then backs off exponentially, then locks", async () => {
    const key = throttleKey("account", `t-${randomUUID()}@test.example`);
    for (let i = 0; i < policy.free; i++) {
      expect(await recordFailure(key, policy)).toBe(false);
      expect((await gate(key, policy)).blocked).toBe(false);
    }
    expect(await recordFailure(key, policy)).toBe(false); // 4th: 1 s
    expect(await gate(key, policy)).toMatchObject({ blocked: true, locked: false, retryAfterSeconds: 1 });
    await recordFailure(key, policy); // 5th: 2 s
    expect((await gate(key, policy)).retryAfterSeconds).toBe(2);
    expect(await recordFailure(key, policy)).toBe(true); // 6th: the lock
    const locked = await gate(key, policy);
    expect(locked).toMatchObject({ blocked: true, locked: true });
    expect(locked.retryAfterSeconds).toBeGreaterThan(590);
  });

  it("does not extend a lock in force, and locks again after it ends", async () => {
    const key = throttleKey("account", `t-${randomUUID()}@test.example`);
    for (let i = 0; i < policy.lockAfter; i++) await recordFailure(key, policy);
    await db.update(authThrottle).set({ blockedUntil: sql`now() + interval '10 seconds'` }).where(eq(authThrottle.key, key));
    await recordFailure(key, policy);
    expect((await gate(key, policy)).retryAfterSeconds).toBeLessThanOrEqual(10);
    await expire(key);
    expect((await gate(key, policy)).blocked).toBe(false);
    expect(await recordFailure(key, policy)).toBe(true);
    expect((await gate(key, policy)).retryAfterSeconds).toBeGreaterThan(590);
  });

  it("clears an account's count after a successful sign-in; keys never hold the email", async () => {
    const email = `t-${randomUUID()}@test.example`;
    const key = throttleKey("account", email);
    expect(key).not.toContain(email);
    expect(throttleKey("account", email.toUpperCase())).toBe(key);
    for (let i = 0; i < 4; i++) await recordFailure(key, policy);
    await clearKey(key);
    expect((await gate(key, policy)).blocked).toBe(false);
    expect(await db.select().from(authThrottle).where(eq(authThrottle.key, key))).toEqual([]);
  });

  it("counts concurrent failures exactly", async () => {
    const key = throttleKey("address", randomUUID());
    await Promise.all(Array.from({ length: 20 }, () => recordFailure(key, { free: 100, lockAfter: 200, lockSeconds: 1 })));
    const [row] = await db.select().from(authThrottle).where(eq(authThrottle.key, key));
    expect(row!.failures).toBe(20);
  });
});
