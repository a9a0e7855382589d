import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { deliveries } from "@/db/schema";
import { recordAudit } from "@/lib/data/audit";
import { type Mail, sendMail } from "@/lib/mail/transport";

export type DeliveryKind = "invite" | "exercise" | "checkin" | "nudge" | "digest" | "message";
export type Delivered = "sent" | "already" | "nothing to say";

/**
 * Sends one email at most once for a person, a kind and an occasion, however many workers hold the same
 * job. The delivery row is claimed and the mail sent inside one transaction: a second worker's claim
 * waits on the first's and then finds the row; a send that fails rolls the claim back, and the job's
 * retry sends it later. `compose` may decide there is nothing to say (a digest with nobody on it).
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
    if (!mail) {
      await tx.update(deliveries).set({ channel: "none" }).where(eq(deliveries.id, claimed.id));
      return "nothing to say";
    }
    await recordAudit(tx, null, `notify.${kind}`, { type: "delivery", id: claimed.id }, { channel: "email", occasion }, { runnerId: who.runnerId, clinicOf: who.userId });
    await sendMail(mail);
    return "sent";
  });
}
