import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./identity";

/*
 * A record's life after care: the runner's own copies of their data, and the closing of an account, kept
 * whole for the clinic's retention period and then stripped of what identifies the person (lib/data/closure.ts).
 */

/**
 * A runner's account, closed by the runner or a clinic admin: sign-in, sessions, reminders and email stop at
 * once (users.deactivated_at is set with it); the clinical record stays readable to the care team until
 * `retain_until`, after which the retention job removes the identifying data and says what it removed.
 */
export const accountClosures = pgTable(
  "account_closures",
  {
    runnerId: uuid("runner_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "restrict" }),
    closedAt: timestamp("closed_at", { withTimezone: true }).notNull().defaultNow(),
    /** The runner themselves, or the admin who closed it. */
    closedBy: uuid("closed_by")
      .notNull()
      .references(() => users.id),
    /** The last day the record is kept whole: the closing day plus the clinic's retention period then. */
    retainUntil: date("retain_until", { mode: "string" }).notNull(),
    deidentifiedAt: timestamp("deidentified_at", { withTimezone: true }),
    /** What the de-identification removed, counted: the audit's words and the runner page's. */
    removed: jsonb("removed").$type<Removed>(),
  },
  (t) => [
    check("account_closures_deidentified_complete", sql`(${t.deidentifiedAt} IS NULL) = (${t.removed} IS NULL)`),
    // The retention job reads the closures still awaiting it.
    index("account_closures_due_idx").on(t.retainUntil).where(sql`${t.deidentifiedAt} IS NULL`),
  ],
);
export type AccountClosure = typeof accountClosures.$inferSelect;
export interface Removed {
  name: boolean;
  email: boolean;
  notes: number;
  messages: number;
  files: number;
}

/**
 * "Download my data": one archive of everything held about a runner, built by the job queue, kept in the
 * media store for seven days and then removed. A clinician may produce one for a runner on request.
 */
export const dataExports = pgTable(
  "data_exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    requestedBy: uuid("requested_by")
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    readyAt: timestamp("ready_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    storageKey: text("storage_key"),
    sizeBytes: integer("size_bytes"),
    /** When the archive was deleted: at its expiry, or when the account's identifying data went. */
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    check("data_exports_ready_complete", sql`(${t.readyAt} IS NULL) = (${t.storageKey} IS NULL) AND (${t.readyAt} IS NULL) = (${t.expiresAt} IS NULL) AND (${t.readyAt} IS NULL) = (${t.sizeBytes} IS NULL)`),
    check("data_exports_expiry_after_ready", sql`${t.expiresAt} IS NULL OR ${t.expiresAt} > ${t.readyAt}`),
    check("data_exports_size_positive", sql`${t.sizeBytes} IS NULL OR ${t.sizeBytes} > 0`),
    check("data_exports_removed_after_ready", sql`${t.removedAt} IS NULL OR ${t.readyAt} IS NOT NULL`),
    index("data_exports_runner_idx").on(t.runnerId, t.requestedAt),
    // The expiry sweep reads the archives still stored.
    index("data_exports_expiry_idx").on(t.expiresAt).where(sql`${t.removedAt} IS NULL AND ${t.readyAt} IS NOT NULL`),
  ],
);
export type DataExport = typeof dataExports.$inferSelect;
