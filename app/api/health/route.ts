import { sql } from "drizzle-orm";
import { getConnection } from "@/db";

export const dynamic = "force-dynamic";

// For load balancers and the test harness: is the app up and can it reach its database?
export async function GET() {
  try {
    const { db, engine } = await getConnection();
    await db.execute(sql`select 1`);
    return Response.json({ ok: true, engine });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
