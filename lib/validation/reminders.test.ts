import { fieldErrors } from "./fields";
import { describe, expect, it } from "vitest";
import { clinicianRemindersSchema, daysOf, runnerRemindersSchema } from "./reminders";

const form = { exerciseDays: ["1", "3", "5"], exerciseTime: "18:30", checkinReminder: "on", wakeTime: "06:45", nudge: "on", email: "on" };

describe("reminder settings from the form", () => {
  it("reads ticked days as one bit each, and ticked switches as on", () => {
    const parsed = runnerRemindersSchema.parse(form);
    expect(parsed).toEqual({ exerciseDays: 0b10101, exerciseTime: "18:30", checkinReminder: true, wakeTime: "06:45", nudge: true, email: true });
    expect(daysOf(parsed.exerciseDays)).toEqual(["1", "3", "5"]);
  });

  it("reads a switch that was not sent as off, and no day ticked as no exercise reminders", () => {
    const { checkinReminder: _c, nudge: _n, email: _e, ...rest } = form;
    expect(runnerRemindersSchema.parse({ ...rest, exerciseDays: [] })).toMatchObject({ exerciseDays: 0, checkinReminder: false, nudge: false, email: false });
  });

  it("refuses an omitted or blank time rather than reading it as midnight", () => {
    const { wakeTime: _, ...omitted } = form;
    expect(fieldErrors(runnerRemindersSchema.safeParse(omitted).error!)).toEqual({ wakeTime: ["Enter a time for your morning."] });
    expect(runnerRemindersSchema.safeParse({ ...form, exerciseTime: " " }).error?.issues[0]).toMatchObject({ path: ["exerciseTime"] });
  });

  it("refuses a time that is not a time of day, and a day that is not a weekday", () => {
    expect(fieldErrors(runnerRemindersSchema.safeParse({ ...form, exerciseTime: "25:00" }).error!).exerciseTime).toEqual(["Enter the exercise reminder as a time of day, such as 07:30."]);
    expect(runnerRemindersSchema.safeParse({ ...form, exerciseDays: ["8"] }).success).toBe(false);
  });

  it("takes the clinician's digest time and zone, and refuses an unknown zone", () => {
    expect(clinicianRemindersSchema.parse({ digest: "on", digestTime: "07:15", timeZone: "Europe/Dublin", email: "on" })).toEqual({ digest: true, digestTime: "07:15", timeZone: "Europe/Dublin", email: true });
    expect(clinicianRemindersSchema.safeParse({ digest: "on", digestTime: "07:15", timeZone: "Mars/Base" }).error?.issues[0]?.path).toEqual(["timeZone"]);
  });
});
