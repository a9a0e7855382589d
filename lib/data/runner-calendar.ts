import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db";
import { runnerProfiles } from "@/db/schema";
import { calendarOf, type RunnerCalendar } from "@/lib/rules/log-dates";

/** The runner's own calendar: every date a runner logs is checked against their today, not the server's. */
export async function runnerCalendar(tx: Queryable, runnerId: string): Promise<RunnerCalendar> {
  const [profile] = await tx
    .select({ startDate: runnerProfiles.startDate, timeZone: runnerProfiles.timeZone, dischargedOn: runnerProfiles.dischargedOn })
    .from(runnerProfiles)
    .where(eq(runnerProfiles.runnerId, runnerId));
  return calendarOf(profile);
}
