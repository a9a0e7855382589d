import "server-only";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { pushSubscriptions } from "@/db/schema";
import type { PushSubscriptionInput } from "@/lib/validation/push";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";

/*
 * The phones where a person turned notifications on. A browser has one endpoint per profile: if another
 * person signs in on it and turns notifications on, the endpoint becomes theirs (the phone changed hands),
 * so nobody is notified on a phone that is no longer theirs.
 */
export async function savePushSubscription(actor: Actor, input: PushSubscriptionInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const values = { userId: actor.id, endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth };
    const [row] = await tx.insert(pushSubscriptions).values(values).onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values }).returning({ id: pushSubscriptions.id });
    await recordAudit(tx, actor, "push.subscribe", { type: "push_subscription", id: row!.id });
  });
}

/** Turns notifications off on one phone: only the actor's own endpoint is removed. */
export async function removePushSubscription(actor: Actor, endpoint: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const removed = await tx.delete(pushSubscriptions).where(and(eq(pushSubscriptions.userId, actor.id), eq(pushSubscriptions.endpoint, endpoint))).returning({ id: pushSubscriptions.id });
    for (const { id } of removed) await recordAudit(tx, actor, "push.unsubscribe", { type: "push_subscription", id });
  });
}

export async function countPushSubscriptions(actor: Actor): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, actor.id));
  return row?.n ?? 0;
}
