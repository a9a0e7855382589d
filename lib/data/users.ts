import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";

/*
 * The one lookup that runs before anyone is signed in, so it takes no actor: it returns the row for
 * the email being tried, and only auth.ts calls it.
 */
export async function findUserForSignIn(email: string) {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return user;
}
