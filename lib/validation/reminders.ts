import { said } from "@/lib/i18n/said";
import { z } from "zod";
import { timeZone } from "./clinic";

export { daysOf, WEEKDAYS } from "@/lib/weekdays";

/*
 * Reminder settings as the settings forms post them. A checkbox that is not ticked is not sent, so an
 * absent switch means off; a time must be given (an empty one is refused, never read as midnight).
 */
const clock = (what: "exercise" | "morning" | "digest") =>
  z
    .string({ error: said("enterTime", { what }) })
    .trim()
    .min(1, said("enterTime", { what }))
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, said("timeOfDay", { what }));
const toggle = z.preprocess((v) => v === "on" || v === "true", z.boolean());

/** Monday = 1 ... Sunday = 7, as the form's checkboxes send them; stored as a bit per day. */
const weekdays = z
  .array(z.string().regex(/^[1-7]$/, said("chooseDays")), { error: said("chooseDays") })
  .max(7)
  .transform((days) => days.reduce((mask, d) => mask | (1 << (Number(d) - 1)), 0));

export const runnerRemindersSchema = z.object({
  exerciseDays: weekdays,
  exerciseTime: clock("exercise"),
  checkinReminder: toggle,
  wakeTime: clock("morning"),
  nudge: toggle,
  email: toggle,
});
export type RunnerRemindersInput = z.infer<typeof runnerRemindersSchema>;

export const clinicianRemindersSchema = z.object({
  digest: toggle,
  digestTime: clock("digest"),
  timeZone: timeZone(),
  email: toggle,
});
export type ClinicianRemindersInput = z.infer<typeof clinicianRemindersSchema>;

