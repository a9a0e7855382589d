import "server-only";
import webpush from "web-push";
import { vapidKeys } from "./vapid";

/** What a notification says and where a tap on it leads. */
export interface PushNotification {
  title: string;
  body: string;
  url: string;
}

export interface Subscription {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * Sends one notification to each of a person's phones. Answers which took it and which the push service
 * says no longer exist (404, 410: the runner turned notifications off or uninstalled); other failures are
 * neither, and the caller falls back to email.
 */
export async function sendPush(subscriptions: Subscription[], notification: PushNotification): Promise<{ delivered: number; gone: string[] }> {
  const keys = vapidKeys();
  if (!keys || subscriptions.length === 0) return { delivered: 0, gone: [] };
  const results = await Promise.allSettled(
    subscriptions.map((s) =>
      webpush.sendNotification({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, JSON.stringify(notification), {
        vapidDetails: { subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
        // A reminder older than half a day is no longer worth showing.
        TTL: 12 * 60 * 60,
        timeout: 10_000,
      }),
    ),
  );
  const gone = subscriptions.filter((s, i) => {
    const r = results[i]!;
    return r.status === "rejected" && [404, 410].includes((r.reason as { statusCode?: number }).statusCode ?? 0);
  });
  return { delivered: results.filter((r) => r.status === "fulfilled").length, gone: gone.map((s) => s.id) };
}
