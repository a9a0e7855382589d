import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { actorOf, createCaseload, type TestUser } from "@/testing/factories";
import { NotFoundError } from "@/lib/errors";
import { getReminderSettings, saveClinicianReminders, saveRunnerReminders } from "./reminders";

let runner: TestUser;
let other: TestUser;
let clinician: TestUser;

beforeAll(async () => {
  const db = await getDb();
  ({ runner, clinician } = await createCaseload(db));
  ({ runner: other } = await createCaseload(db));
});

describe("reminder settings", () => {
  it("start from the defaults, and a runner's save changes only their own", async () => {
    expect(await getReminderSettings(actorOf(runner))).toMatchObject({ exerciseDays: 0, checkinReminder: true, wakeTime: "07:00", nudge: true, email: true });
    await saveRunnerReminders(actorOf(runner), { exerciseDays: 0b0011111, exerciseTime: "17:45", checkinReminder: false, wakeTime: "06:15", nudge: true, email: true });
    expect(await getReminderSettings(actorOf(runner))).toMatchObject({ exerciseDays: 0b0011111, exerciseTime: "17:45", checkinReminder: false, wakeTime: "06:15" });
    expect(await getReminderSettings(actorOf(other))).toMatchObject({ exerciseDays: 0, checkinReminder: true });
  });

  it("keep each role to its own settings", async () => {
    await expect(saveRunnerReminders(actorOf(clinician), { exerciseDays: 1, exerciseTime: "08:00", checkinReminder: true, wakeTime: "07:00", nudge: true, email: true })).rejects.toThrow(NotFoundError);
    await expect(saveClinicianReminders(actorOf(runner), { digest: true, digestTime: "07:00", timeZone: "UTC", email: true })).rejects.toThrow(NotFoundError);
  });

  it("are refused by the database when out of range, whatever the caller", async () => {
    await expect(saveRunnerReminders(actorOf(runner), { exerciseDays: 200, exerciseTime: "08:00", checkinReminder: true, wakeTime: "07:00", nudge: true, email: true })).rejects.toThrow();
    expect((await getReminderSettings(actorOf(runner))).exerciseDays).toBe(0b0011111);
  });
});
