import { z } from "zod";

/** A browser's PushSubscription as JSON (subscription.toJSON()): only https endpoints, keys in base64url. */
const base64url = (what: string) => z.string({ error: `The subscription has no ${what} key.` }).regex(/^[A-Za-z0-9_-]{16,200}$/, `The subscription's ${what} key is not valid.`);
export const pushSubscriptionSchema = z.object({
  endpoint: z.url({ protocol: /^https$/, error: "The subscription's endpoint is not a secure address." }).max(1000),
  keys: z.object({ p256dh: base64url("p256dh"), auth: base64url("auth") }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;
