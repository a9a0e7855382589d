import { sql } from "drizzle-orm";
import { getConnection } from "@/db";
import { codeRevision } from "@/lib/code-revision";

export const dynamic = "force-dynamic";

// For load balancers and the test harness: is the app up, can it reach its database, and which release is it?
export async function GET() {
  try {
    const { db, engine } = await getConnection();
    await db.execute(sql`select 1`);
    return Response.json({ ok: true, engine, revision: codeRevision() });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
