import { z } from "zod";
import { said } from "@/lib/i18n/said";

/** A browser's PushSubscription as JSON (subscription.toJSON()): only https endpoints, keys in base64url. */
const UNREADABLE = said("pushSubscription");
const base64url = () => z.string({ error: UNREADABLE }).regex(/^[A-Za-z0-9_-]{16,200}$/, UNREADABLE);
export const pushSubscriptionSchema = z.object({
  endpoint: z.url({ protocol: /^https$/, error: UNREADABLE }).max(1000),
  keys: z.object({ p256dh: base64url(), auth: base64url() }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;
