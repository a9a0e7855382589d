import webpush from "web-push";
import { keptInDataDir } from "@/lib/dev-data-file";

/*
 * The VAPID key pair that signs StrideBack's Web Push messages. Production takes it from VAPID_PUBLIC_KEY,
 * VAPID_PRIVATE_KEY and VAPID_SUBJECT (a mailto: or https: contact for the push services), the same in the
 * app and the worker; without them push is off and everything goes by email. Development generates a pair
 * on first run into .data/vapid.json, as it does the development secret.
 */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

export function vapidKeys(): VapidKeys | null {
  const { VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT } = process.env;
  const subject = VAPID_SUBJECT || "mailto:no-reply@strideback.local";
  if (VAPID_PUBLIC_KEY && VAPID_PRIVATE_KEY) return { publicKey: VAPID_PUBLIC_KEY, privateKey: VAPID_PRIVATE_KEY, subject };
  if (process.env.NODE_ENV === "production") return null;
  const keys = JSON.parse(keptInDataDir("vapid.json", () => JSON.stringify(webpush.generateVAPIDKeys()))) as { publicKey: string; privateKey: string };
  return { ...keys, subject };
}
