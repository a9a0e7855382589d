import "server-only";
import { and, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Queryable, type Tx } from "@/db";
import { enqueue } from "@/lib/jobs/queue";
import { QUEUES } from "@/lib/jobs/queues";
import { log, safeError } from "@/lib/log";
import { clinics, redFlagReports, runnerProfiles, users } from "@/db/schema";
import { NOTE_REQUIRED, type Urgency, urgencyOf } from "@/lib/rules/red-flags";
import type { ResolutionInput, ScreenInput, WorryInput } from "@/lib/validation/red-flags";
import { type Actor, isId } from "./actor";
import { type ClientKey, insertOnce } from "./insert-once";
import { InvalidFieldError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { assertInCare, assertRunner } from "./access";
import { said } from "@/lib/i18n/said";

/*
 * Red-flag screens and the flags they raise. A runner sees their own; a clinician those of runners in
 * their care; anyone else gets "not found". Only a clinician recording what was done closes a flag.
 */

export interface StoredScreen {
  id: string;
  urgency: Urgency | null;
  duplicate: boolean;
}

/**
 * Stores one screen inside the caller's transaction. The client id makes it idempotent: a repeat of the
 * same form (a double tap, the offline queue sending again) returns the first row and writes nothing more.
 */
export async function storeScreen(
  tx: Queryable,
  actor: Actor,
  args: { runnerId: string; clientId: string; source: "intake" | "checkin" | "worry"; checkinId?: string; screen: ScreenInput; worry?: string | null },
): Promise<StoredScreen> {
  const urgency = urgencyOf(args.screen.signs);
  const columns = { id: redFlagReports.id, urgency: redFlagReports.urgency };
  const key: ClientKey<Omit<StoredScreen, "duplicate">> = { table: redFlagReports, columns, owner: [redFlagReports.runnerId, args.runnerId], clientId: [redFlagReports.clientId, args.clientId] };
  const stored = await insertOnce(tx, key, async () => {
    const [inserted] = await tx
      .insert(redFlagReports)
      .values({
      runnerId: args.runnerId,
      clientId: args.clientId,
      source: args.source,
      checkinId: args.checkinId,
      asked: args.screen.asked,
      signs: args.screen.signs,
      urgency,
      worry: args.worry ?? null,
      reportedBy: actor.id,
    })
      .onConflictDoNothing()
      .returning(columns);
    return inserted;
  });
  if (stored!.duplicate) return { ...stored!.row, duplicate: true };
  const row = stored!.row;
  await recordAudit(tx, actor, urgency ? "red_flag.report" : "red_flag.screen", { type: "red_flag_report", id: row.id }, { source: args.source, signs: args.screen.signs, urgency });
  // A runner's own yes alerts their clinicians at once (at intake the clinician is the one asking).
  if (urgency && actor.role === "runner") await queueAlert(tx, row.id);
  return { ...row, duplicate: false };
}

/**
 * Queues the alert in the report's own transaction, behind a savepoint: a queue that cannot take it must
 * not lose the report. The report then says no alert was queued, and the runner is told so.
 */
async function queueAlert(tx: Queryable, reportId: string) {
  try {
    await (tx as Tx).transaction(async (sp) => {
      await enqueue(sp, QUEUES.redFlag, { reportId });
      await sp.update(redFlagReports).set({ alertQueuedAt: sql`now()` }).where(eq(redFlagReports.id, reportId));
    });
  } catch (error) {
    log.error({ err: safeError(error), reportId }, "red-flag alert not queued; the roster and digest still show it");
  }
}

/** "Something new or worrying?": the runner's own screen, from today's page, whatever their presentation. */
export async function reportWorry(actor: Actor, input: WorryInput): Promise<StoredScreen> {
  assertRunner(actor);
  const db = await getDb();
  return db.transaction((tx) => storeScreen(tx, actor, { runnerId: actor.id, clientId: input.clientId, source: "worry", screen: input.screen, worry: input.worry }));
}

const resolver = alias(users, "resolver");
const reporter = alias(users, "reporter");
const reportColumns = {
  id: redFlagReports.id,
  runnerId: redFlagReports.runnerId,
  source: redFlagReports.source,
  signs: redFlagReports.signs,
  urgency: redFlagReports.urgency,
  reportedAt: redFlagReports.reportedAt,
  reportedBy: reporter.name,
  resolution: redFlagReports.resolution,
  resolutionNote: redFlagReports.resolutionNote,
  resolvedAt: redFlagReports.resolvedAt,
  resolvedBy: resolver.name,
  alertQueuedAt: redFlagReports.alertQueuedAt,
  timeZone: runnerProfiles.timeZone,
};

/** Whom the actor may read: the runner themselves, or a clinician with the runner in care. */
async function mayRead(tx: Queryable, actor: Actor, runnerId: string) {
  if (actor.role === "runner") return actor.id === runnerId;
  try {
    await assertInCare(tx, actor, runnerId);
    return true;
  } catch {
    return false;
  }
}

function reports(db: Queryable) {
  return db
    .select(reportColumns)
    .from(redFlagReports)
    .innerJoin(runnerProfiles, eq(runnerProfiles.runnerId, redFlagReports.runnerId))
    .innerJoin(reporter, eq(reporter.id, redFlagReports.reportedBy))
    .leftJoin(resolver, eq(resolver.id, redFlagReports.resolvedBy));
}

export type RedFlagReport = Awaited<ReturnType<typeof getRedFlags>>[number];

/** A runner's flags (screens with a yes), open ones first, newest first; empty for anyone who may not see them. */
export async function getRedFlags(actor: Actor, runnerId: string) {
  if (!isId(runnerId)) return [];
  const db = await getDb();
  if (!(await mayRead(db, actor, runnerId))) return [];
  return reports(db)
    .where(and(eq(redFlagReports.runnerId, runnerId), isNotNull(redFlagReports.urgency)))
    .orderBy(sql`${redFlagReports.resolvedAt} is not null`, desc(redFlagReports.reportedAt))
    .limit(50);
}

/** One report, for its advice page; null when it is not the actor's to see. */
export async function getRedFlag(actor: Actor, id: string) {
  if (!isId(id)) return null;
  const db = await getDb();
  const [row] = await reports(db).where(eq(redFlagReports.id, id));
  if (!row || !(await mayRead(db, actor, row.runnerId))) return null;
  return row;
}

/** The clinic the runner should call: the actor's own clinic (a runner belongs to one). */
export async function getClinicContact(actor: Actor) {
  const db = await getDb();
  const [clinic] = await db.select({ name: clinics.name, phone: clinics.phone }).from(clinics).where(eq(clinics.id, actor.clinicId));
  return clinic ?? null;
}

/**
 * Closes an open flag with what was done. Only a clinician with the runner in care may; a flag already
 * closed (by a colleague a moment ago) is not closed twice, and the clinician is told who closed it.
 */
export async function resolveRedFlag(actor: Actor, id: string, input: ResolutionInput) {
  if (!isId(id) || actor.role !== "clinician") throw new NotFoundError("Red flag");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [flag] = await tx.select({ runnerId: redFlagReports.runnerId, urgency: redFlagReports.urgency }).from(redFlagReports).where(eq(redFlagReports.id, id));
    if (!flag) throw new NotFoundError("Red flag");
    await assertInCare(tx, actor, flag.runnerId);
    // The database refuses it too (red_flag_reports_urgent_close_noted); this names the field.
    if (flag.urgency && NOTE_REQUIRED.includes(flag.urgency) && !input.note) {
      throw new InvalidFieldError("note", said("writeWhatWasDone"));
    }
    const [closed] = await tx
      .update(redFlagReports)
      .set({ resolution: input.resolution, resolutionNote: input.note, resolvedBy: actor.id, resolvedAt: new Date() })
      .where(and(eq(redFlagReports.id, id), isNotNull(redFlagReports.urgency), isNull(redFlagReports.resolvedAt)))
      .returning({ id: redFlagReports.id });
    if (!closed) throw new InvalidFieldError("resolution", said("flagClosed"));
    await recordAudit(tx, actor, "red_flag.resolve", { type: "red_flag_report", id }, { runnerId: flag.runnerId, resolution: input.resolution, note: input.note });
    return { runnerId: flag.runnerId };
  });
}
