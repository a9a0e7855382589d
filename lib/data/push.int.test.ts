import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { pushSubscriptions } from "@/db/schema";
import { actorOf, createCaseload, type TestUser } from "@/testing/factories";
import { countPushSubscriptions, removePushSubscription, savePushSubscription } from "./push";

let db: Db;
let runner: TestUser;
let other: TestUser;
const keys = { p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", auth: "tBHItJI5svbpez7KI4CCXg" };

beforeAll(async () => {
  db = await getDb();
  ({ runner } = await createCaseload(db));
  ({ runner: other } = await createCaseload(db));
});

describe("the phones where notifications are on", () => {
  it("are each person's own: another person cannot turn mine off", async () => {
    const endpoint = `https://push.example/${runner.id}`;
    await savePushSubscription(actorOf(runner), { endpoint, keys });
    await removePushSubscription(actorOf(other), endpoint);
    expect(await countPushSubscriptions(actorOf(runner))).toBe(1);
    await removePushSubscription(actorOf(runner), endpoint);
    expect(await countPushSubscriptions(actorOf(runner))).toBe(0);
  });

  it("move to whoever turns them on last on that phone, so nobody is notified on a phone that changed hands", async () => {
    const endpoint = `https://push.example/shared-${runner.id}`;
    await savePushSubscription(actorOf(runner), { endpoint, keys });
    await savePushSubscription(actorOf(other), { endpoint, keys });
    const rows = await db.select({ userId: pushSubscriptions.userId }).from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint));
    expect(rows).toEqual([{ userId: other.id }]);
  });

  it("refuse an endpoint that is not https in the database too", async () => {
    await expect(db.insert(pushSubscriptions).values({ userId: runner.id, endpoint: "http://push.example/x", ...keys })).rejects.toThrow();
  });
});
