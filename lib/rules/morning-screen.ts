import type { Presentation } from "../../db/schema";
import { daysBetween, type IsoDate } from "../dates";
import { RED_FLAG_GROUPS, type RedFlagGroupDefinition } from "./red-flags";

/*
 * Apart from the red-flag definitions because it counts days: the forms that show a screen, and the outbox
 * that shows its advice offline, use those definitions on the phone without a date library.
 */

/**
 * The groups the morning check-in asks this runner: those of their presentation, and time-limited groups
 * only within their first days of care (counted from the start date, day 1 being the start).
 */
export function morningScreen(presentation: Presentation, startDate: IsoDate, today: IsoDate): RedFlagGroupDefinition[] {
  const dayOfCare = daysBetween(startDate, today) + 1;
  return RED_FLAG_GROUPS.filter((g) => g.presentations.includes(presentation) && (g.firstDays == null || dayOfCare <= g.firstDays));
}
