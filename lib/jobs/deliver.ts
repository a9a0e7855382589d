import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { deliveries, pushSubscriptions, reminderSettings } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { type Mail, sendMail } from "@/lib/mail/transport";
import { sendPush } from "@/lib/push/send";

export type DeliveryKind = "invite" | "exercise" | "checkin" | "nudge" | "digest" | "message" | "account" | "red_flag" | "data_export";
export type Delivered = "sent" | "already" | "nothing to say";

/**
 * Sends one message at most once for a person, a kind and an occasion, however many workers hold the same
 * job. The delivery row is claimed and the message sent inside one transaction: a second worker's claim
 * waits on the first's and then finds the row; a send that fails rolls the claim back, and the job's
 * retry sends it later. `compose` may decide there is nothing to say (a digest with nobody on it).
 *
 * The channel: a notification on the phones where the person turned notifications on, when the message
 * has one; email otherwise, or when no phone took it; nothing when they turned email off and no phone took it.
 */
export async function deliverOnce(
  who: { userId: string; runnerId: string | null },
  kind: DeliveryKind,
  occasion: string,
  compose: (tx: Tx) => Promise<Mail | null>,
): Promise<Delivered> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .insert(deliveries)
      .values({ userId: who.userId, kind, occasion, channel: "email" })
      .onConflictDoNothing()
      .returning({ id: deliveries.id });
    if (!claimed) return "already";
    const mail = await compose(tx);
    // Mail about the account itself (a colleague's invite, a password reset) goes by email whatever the
    // reminder settings say: it is the only way back into an account.
    // A red-flag alert goes to a phone where notifications are on, and by email otherwise, whatever the
    // email preference says: it is not a reminder.
    // So does the notice that a data archive someone asked for is ready: they asked, and it lasts a week.
    const byEmail = kind === "account" || kind === "data_export";
    const channel = !mail ? "none" : byEmail ? (await sendMail(mail), "email" as const) : await send(tx, who.userId, mail, kind === "red_flag");
    if (channel === "none") {
      await tx.update(deliveries).set({ channel: "none" }).where(eq(deliveries.id, claimed.id));
      return "nothing to say";
    }
    await tx.update(deliveries).set({ channel }).where(eq(deliveries.id, claimed.id));
    await recordAudit(tx, null, `notify.${kind}`, { type: "delivery", id: claimed.id }, { channel, occasion }, { runnerId: who.runnerId, clinicOf: who.userId });
    return "sent";
  });
}

async function send(tx: Tx, userId: string, mail: Mail, emailAlways = false): Promise<"push" | "email" | "none"> {
  const [prefs] = await tx.select({ email: reminderSettings.email }).from(reminderSettings).where(eq(reminderSettings.userId, userId));
  const email = prefs?.email ?? true;
  if (mail.notification) {
    const phones = await tx.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
    const { delivered, gone } = await sendPush(phones, mail.notification);
    if (gone.length) await tx.delete(pushSubscriptions).where(inArray(pushSubscriptions.id, gone));
    if (delivered > 0) return "push";
  }
  if (!email && !emailAlways) return "none";
  await sendMail(mail);
  return "email";
}
