import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Queryable } from "@/db";
import { runnerProfiles } from "@/db/schema";
import type { IsoDate } from "@/lib/dates";

/** The first day of the runner's current episode of care: their start, or the day of their latest re-admission. */
export const episodeStartColumn = sql<string>`coalesce(${runnerProfiles.episodeStartedOn}, ${runnerProfiles.startDate})::text`;

export async function episodeStart(tx: Queryable, runnerId: string): Promise<IsoDate> {
  const [row] = await tx
    .select({ on: episodeStartColumn })
    .from(runnerProfiles)
    .where(eq(runnerProfiles.runnerId, runnerId));
  return row?.on ?? "2000-01-01";
}
