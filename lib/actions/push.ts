"use server";

import { getActor } from "@/lib/auth/current-actor";
import { removePushSubscription, savePushSubscription } from "@/lib/data/push";
import { pushSubscriptionSchema } from "@/lib/validation/push";
import { inReadersWords } from "@/lib/form-result";
import { said } from "@/lib/i18n/said";

/* The notifications switch's two calls (components/offline/push-toggle.tsx): not forms, so no FormState. */

/** Notifications turned on on this phone: its push subscription, kept for the signed-in runner. */
export async function savePushSubscriptionAction(subscription: unknown): Promise<{ ok: boolean; message?: string }> {
  const actor = await getActor();
  if (!actor) return { ok: false, message: await inReadersWords(said("signInAgain")) };
  const parsed = pushSubscriptionSchema.safeParse(subscription);
  if (!parsed.success) return { ok: false, message: await inReadersWords(parsed.error.issues[0]!.message) };
  await savePushSubscription(actor, parsed.data);
  return { ok: true };
}

/** Notifications turned off on this phone. */
export async function removePushSubscriptionAction(endpoint: unknown): Promise<void> {
  const actor = await getActor();
  if (!actor || typeof endpoint !== "string" || endpoint.length > 1000) return;
  await removePushSubscription(actor, endpoint);
}
