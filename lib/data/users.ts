import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { recordAudit } from "./audit";

/*
 * The one lookup that runs before anyone is signed in, so it takes no actor: it returns the row for
 * the email being tried, and only auth.ts calls it.
 */
export async function findUserForSignIn(email: string) {
  const db = await getDb();
  // A clinician who has left is not an account any more: the same answer as an unknown email.
  const [user] = await db.select().from(users).where(and(eq(users.email, email.toLowerCase()), isNull(users.deactivatedAt))).limit(1);
  return user;
}

/**
 * A failed sign-in, in the audit log: against the account when the email has one, otherwise under a
 * digest of the email (never the email itself: the person typing may not be a user at all).
 */
export async function recordSignInFailure(email: string, userId: string | null) {
  const db = await getDb();
  const subject = userId ? { type: "user", id: userId } : { type: "email_digest", id: createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 32) };
  await recordAudit(db, null, "auth.sign_in_failed", subject, {}, { runnerId: null, clinicOf: userId ?? undefined });
}
