import { sql } from "drizzle-orm";
import {
  check,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./identity";
import { morningCheckins } from "./logs";
import { RESOLUTION_CODES, SIGN_CODES, URGENCIES } from "./red-flag-codes";

export const redFlagSourceEnum = pgEnum("red_flag_source", ["intake", "checkin", "worry"]);
export const redFlagUrgencyEnum = pgEnum("red_flag_urgency", URGENCIES);
export const redFlagResolutionEnum = pgEnum("red_flag_resolution", RESOLUTION_CODES);

/*
 * One red-flag screen: the signs asked and those answered yes, at intake (asked by the clinician), with a
 * morning check-in, or from "something new or worrying?". A screen with a yes is an open flag until a
 * clinician records what was done; nothing else clears it. Screens with no yes stay as the record that
 * the runner was asked.
 */
const signCodes = sql.raw(`array[${SIGN_CODES.map((c) => `'${c}'`).join(", ")}]::text[]`);
// Triggers red_flag_reports_triage_insert/update/delete (migration 0007): a write bumps its runners' runner_triage.version.
export const redFlagReports = pgTable(
  "red_flag_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** The form's id: a repeat of the same answer (a double tap, the offline queue) stores one row. */
    clientId: uuid("client_id").notNull(),
    source: redFlagSourceEnum("source").notNull(),
    /** The check-in it was answered with. Deleting that check-in keeps the screen: it is a safety record. */
    checkinId: uuid("checkin_id").references(() => morningCheckins.id, { onDelete: "set null" }),
    asked: text("asked").array().notNull(),
    signs: text("signs").array().notNull(),
    /** The most urgent group among the signs; null when every answer was no. */
    urgency: redFlagUrgencyEnum("urgency"),
    reportedBy: uuid("reported_by")
      .notNull()
      .references(() => users.id),
    reportedAt: timestamp("reported_at", { withTimezone: true }).notNull().defaultNow(),
    resolution: redFlagResolutionEnum("resolution"),
    resolutionNote: text("resolution_note"),
    resolvedBy: uuid("resolved_by").references(() => users.id),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    /** "Something else is worrying me": the runner's own words, a non-urgent item for the clinician to read. */
    worry: text("worry"),
    /** When the alert to the runner's clinicians was queued (in the same transaction as the report). */
    alertQueuedAt: timestamp("alert_queued_at", { withTimezone: true }),
  },
  (t) => [
    unique("red_flag_reports_runner_client_unique").on(t.runnerId, t.clientId),
    // The roster reads open flags only: a small partial index.
    index("red_flag_reports_open_idx").on(t.runnerId, t.reportedAt).where(sql`${t.urgency} IS NOT NULL AND ${t.resolvedAt} IS NULL`),
    check("red_flag_reports_known_signs", sql`${t.asked} <@ ${signCodes} AND ${t.signs} <@ ${t.asked} AND cardinality(${t.asked}) > 0`),
    check("red_flag_reports_urgency_with_signs", sql`(${t.urgency} IS NULL) = (cardinality(${t.signs}) = 0)`),
    check("red_flag_reports_checkin_source", sql`${t.checkinId} IS NULL OR ${t.source} = 'checkin'`),
    check("red_flag_reports_resolution_complete", sql`(${t.resolution} IS NULL) = (${t.resolvedAt} IS NULL) AND (${t.resolvedAt} IS NULL) = (${t.resolvedBy} IS NULL)`),
    check("red_flag_reports_resolution_needs_flag", sql`${t.resolution} IS NULL OR ${t.urgency} IS NOT NULL`),
    check("red_flag_reports_note_length", sql`${t.resolutionNote} IS NULL OR length(${t.resolutionNote}) <= 1000`),
    // An emergency or same-day flag is closed with a written note of what was done.
    check("red_flag_reports_urgent_close_noted", sql`${t.resolvedAt} IS NULL OR ${t.urgency} NOT IN ('emergency', 'today') OR length(trim(coalesce(${t.resolutionNote}, ''))) > 0`),
    check("red_flag_reports_worry_length", sql`${t.worry} IS NULL OR length(trim(${t.worry})) BETWEEN 1 AND 2000`),
  ],
);
export type RedFlagReport = typeof redFlagReports.$inferSelect;
export type NewRedFlagReport = typeof redFlagReports.$inferInsert;
