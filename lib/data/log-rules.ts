import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db";
import { runnerProfiles } from "@/db/schema";
import { daysBetween, today } from "@/lib/dates";
import { FieldError } from "./errors";

/** How far back a runner may still edit or delete an entry; older entries are the record. */
export const EDITABLE_DAYS = 7;

export function isEditable(date: string): boolean {
  return daysBetween(date, today()) < EDITABLE_DAYS;
}

/** A log's date must lie between the runner's start and today. */
export async function checkLogDate(tx: Queryable, runnerId: string, date: string, field = "date") {
  if (date > today()) throw new FieldError(field, "That date is in the future. Log what you have done.");
  const [profile] = await tx.select({ startDate: runnerProfiles.startDate }).from(runnerProfiles).where(eq(runnerProfiles.runnerId, runnerId));
  if (profile && date < profile.startDate) {
    throw new FieldError(field, `That date is before your rehab started (${profile.startDate}).`);
  }
}
