import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { type NewReminderSettings, reminderSettings } from "@/db/schema";
import type { ClinicianRemindersInput, RunnerRemindersInput } from "@/lib/validation/reminders";
import { assertRunner } from "./access";
import { type Actor } from "./actor";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";

/*
 * Each person's own reminder settings: only they read or change them. A person without a row has the
 * defaults of the table (check-in reminders, nudges, digest and email on; no exercise days).
 */
export interface ReminderSettings {
  exerciseDays: number;
  exerciseTime: string;
  checkinReminder: boolean;
  wakeTime: string;
  nudge: boolean;
  email: boolean;
  digest: boolean;
  digestTime: string;
  timeZone: string;
  /** The person has saved their settings once (before that, every value is a default). */
  saved: boolean;
}

const hhmm = (t: string) => t.slice(0, 5);

export async function getReminderSettings(actor: Actor): Promise<ReminderSettings> {
  const db = await getDb();
  const [row] = await db.select().from(reminderSettings).where(eq(reminderSettings.userId, actor.id));
  const stored = row ?? { exerciseDays: 0, exerciseTime: "18:00", checkinReminder: true, wakeTime: "07:00", nudge: true, email: true, digest: true, digestTime: "07:30", timeZone: "UTC" };
  return {
    exerciseDays: stored.exerciseDays,
    exerciseTime: hhmm(stored.exerciseTime),
    checkinReminder: stored.checkinReminder,
    wakeTime: hhmm(stored.wakeTime),
    nudge: stored.nudge,
    email: stored.email,
    digest: stored.digest,
    digestTime: hhmm(stored.digestTime),
    timeZone: stored.timeZone,
    saved: row != null,
  };
}

async function save(actor: Actor, values: Partial<NewReminderSettings>) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .insert(reminderSettings)
      .values({ userId: actor.id, ...values })
      .onConflictDoUpdate({ target: reminderSettings.userId, set: { ...values, updatedAt: sql`now()` } });
    await recordAudit(tx, actor, "reminders.update", { type: "user", id: actor.id }, values);
  });
}

export async function saveRunnerReminders(actor: Actor, input: RunnerRemindersInput) {
  assertRunner(actor);
  await save(actor, input);
}

export async function saveClinicianReminders(actor: Actor, input: ClinicianRemindersInput) {
  if (actor.role !== "clinician") throw new NotFoundError("Clinician");
  await save(actor, input);
}
