import "server-only";

/*
 * The morning check-in: one a day, the 24-hour signal of the pain rules, with the red-flag screen answered
 * with it. A second check-in for the same morning edits the first.
 */
import { and, eq } from "drizzle-orm";
import { getDb, type Queryable } from "@/db";
import { morningCheckins, runnerProfiles } from "@/db/schema";
import { morningScreen } from "@/lib/rules/morning-screen";
import type { CheckinInput } from "@/lib/validation/logs";
import { type Actor, isId } from "./actor";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { assertRunner } from "./access";
import { checkLogDate, isEditable, type RunnerCalendar } from "@/lib/rules/log-dates";
import { runnerCalendar } from "./runner-calendar";
import { type ClientKey, insertOnce, type Saved, storedUnder } from "./insert-once";
import { moveLadder } from "./ladder";
import { type StoredScreen, storeScreen } from "./red-flags";
import { said } from "@/lib/i18n/said";


/**
 * One check-in a day: a second one for the same morning edits the first. A repeat of the same form (same
 * client id: a double tap, a retry, the offline queue sending twice) returns the first result and writes
 * nothing, not even an audit row; concurrent repeats are settled by the unique constraints.
 */
export async function saveCheckin(actor: Actor, input: CheckinInput): Promise<Saved & { screen: StoredScreen | null }> {
  assertRunner(actor);
  const db = await getDb();
  const saved = await db.transaction(async (tx) => {
    const saved = await writeCheckin(tx, actor, input);
    // The red-flag screen answered with it, stored with it: idempotent on the same client id.
    const screen = input.screen ? await storeScreen(tx, actor, { runnerId: actor.id, clientId: input.clientId, source: "checkin", checkinId: saved.id, screen: input.screen }) : null;
    return { ...saved, screen };
  });
  // A run's next morning settles its light: the walk-run ladder may move.
  if (!saved.duplicate) await moveLadder(actor.id);
  return saved;
}

async function writeCheckin(tx: Queryable, actor: Actor, input: CheckinInput): Promise<Saved> {
  const key: ClientKey<{ id: string }> = { table: morningCheckins, columns: { id: morningCheckins.id }, owner: [morningCheckins.runnerId, actor.id], clientId: [morningCheckins.clientId, input.clientId] };
  const repeat = await storedUnder(tx, key);
  if (repeat) return { id: repeat.id, duplicate: true };
  const calendar = await runnerCalendar(tx, actor.id);
  checkLogDate(calendar, input.date);
  if (!input.screen && input.date === calendar.today && (await morningScreenOf(tx, actor.id, calendar.today)).length > 0) {
    // A form from before the screen applied (an old tab, an offline copy): the questions must still be answered.
    throw new InvalidFieldError("screen", said("safetyReload"));
  }
  const { screen: _, ...values } = input;
  const stored = await insertOnce(tx, key, async () => {
    const [row] = await tx.insert(morningCheckins).values({ ...values, runnerId: actor.id }).onConflictDoNothing().returning({ id: morningCheckins.id });
    return row;
  });
  if (stored && !stored.duplicate) await recordAudit(tx, actor, "checkin.create", { type: "morning_checkin", id: stored.row.id });
  if (stored) return { id: stored.row.id, duplicate: stored.duplicate };
  // Nothing under this client id: that morning already has a check-in, so this one edits it.
  const [existing] = await tx
    .select()
    .from(morningCheckins)
    .where(and(eq(morningCheckins.runnerId, actor.id), eq(morningCheckins.date, input.date)));
  if (!isEditable(input.date, calendar)) throw new InvalidFieldError("date", said("checkinReadOnly"));
  await tx.update(morningCheckins).set({ pain: input.pain, stiffness: input.stiffness ?? null, updatedAt: new Date() }).where(eq(morningCheckins.id, existing!.id));
  await recordAudit(tx, actor, "checkin.update", { type: "morning_checkin", id: existing!.id }, { before: { pain: existing!.pain, stiffness: existing!.stiffness } });
  return { id: existing!.id, duplicate: false };
}

/** The red-flag groups this runner's morning check-in asks today. */
export async function morningScreenOf(tx: Queryable, runnerId: string, today: string) {
  const [profile] = await tx
    .select({ presentation: runnerProfiles.presentation, startDate: runnerProfiles.startDate })
    .from(runnerProfiles)
    .where(eq(runnerProfiles.runnerId, runnerId));
  return profile ? morningScreen(profile.presentation, profile.startDate, today) : [];
}


export async function updateCheckin(actor: Actor, id: string, input: CheckinInput) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const calendar = await runnerCalendar(tx, actor.id);
    const row = await editableCheckin(tx, actor, id, calendar);
    if (!isEditable(input.date, calendar)) throw new InvalidFieldError("date", said("moveWithinWeek"));
    checkLogDate(calendar, input.date);
    await tx
      .update(morningCheckins)
      .set({ date: input.date, pain: input.pain, stiffness: input.stiffness ?? null, updatedAt: new Date() })
      .where(eq(morningCheckins.id, id));
    await recordAudit(tx, actor, "checkin.update", { type: "morning_checkin", id }, { before: { date: row.date, pain: row.pain, stiffness: row.stiffness } });
  });
  await moveLadder(actor.id);
}

/** A check-in of the runner's own, still inside the edit window; otherwise not found or read-only. */
export async function editableCheckin(tx: Queryable, actor: Actor, id: string, calendar: RunnerCalendar) {
  assertRunner(actor);
  if (!isId(id)) throw new NotFoundError("Entry");
  const [row] = await tx.select().from(morningCheckins).where(and(eq(morningCheckins.id, id), eq(morningCheckins.runnerId, actor.id)));
  if (!row) throw new NotFoundError("Entry");
  if (!isEditable(row.date, calendar)) throw new InvalidFieldError("date", said("readOnly"));
  return row;
}

