/*
 * Weekdays as the reminder forms show and send them (Monday = "1" ... Sunday = "7") and as a bit mask
 * stores them. Kept apart from the forms' validation so a client form can use them without shipping the
 * validation library to the phone.
 */
export const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;

/** The days a bit mask holds, as the form's values ("1" Monday ... "7" Sunday). */
export function daysOf(mask: number): string[] {
  return WEEKDAYS.flatMap((_, i) => (mask & (1 << i) ? [String(i + 1)] : []));
}
