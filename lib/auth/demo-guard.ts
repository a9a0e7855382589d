import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { DEMO_PASSWORD, demoAdmin, demoClinicians, demoRunners } from "@/lib/seed/demo-caseload";
import { verifyPassword } from "./password";

/** How many demo accounts exist and still accept the published demo password. */
export async function demoAccountsWithPublishedPassword(): Promise<number> {
  const db = await getDb();
  const emails = [demoAdmin, ...demoClinicians, ...demoRunners].map((u) => u.email);
  const rows = await db.select({ passwordHash: users.passwordHash }).from(users).where(inArray(users.email, emails));
  let exposed = 0;
  for (const row of rows) if (row.passwordHash && (await verifyPassword(row.passwordHash, DEMO_PASSWORD))) exposed++;
  return exposed;
}
