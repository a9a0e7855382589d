import { sql } from "drizzle-orm";
import { check, index, integer, numeric, pgEnum, pgTable, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./identity";
import { sessionLogs } from "./logs";

export const runFileFormatEnum = pgEnum("run_file_format", ["fit", "gpx", "tcx"]);

/**
 * A run file from the runner's watch and what StrideBack read from it (lib/runs). Read first, then saved
 * as a run log once the runner adds their pain: until then `session_log_id` is null. The file itself is
 * in the media store under `storage_key`, so the numbers can be read again; the route's coordinates are
 * never copied out of it. A file belongs to one run and goes with it.
 */
export const runFiles = pgTable(
  "run_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** The file's SHA-256: the same file read twice is the same row. */
    sha256: text("sha256").notNull(),
    format: runFileFormatEnum("format").notNull(),
    fileName: text("file_name").notNull().default(""),
    sizeBytes: integer("size_bytes").notNull(),
    storageKey: text("storage_key").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    distanceKm: numeric("distance_km", { precision: 6, scale: 3, mode: "number" }).notNull(),
    movingSeconds: integer("moving_seconds").notNull(),
    elapsedSeconds: integer("elapsed_seconds").notNull(),
    elevationGainM: smallint("elevation_gain_m"),
    avgHr: smallint("avg_hr"),
    maxHr: smallint("max_hr"),
    sessionLogId: uuid("session_log_id").references(() => sessionLogs.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("run_files_runner_sha256_unique").on(t.runnerId, t.sha256),
    unique("run_files_session_log_unique").on(t.sessionLogId),
    index("run_files_runner_pending_idx").on(t.runnerId).where(sql`${t.sessionLogId} IS NULL`),
    check("run_files_sha256_hex", sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check("run_files_file_name_length", sql`length(${t.fileName}) <= 200`),
    check("run_files_size_range", sql`${t.sizeBytes} BETWEEN 1 AND 10485760`),
    check("run_files_distance_range", sql`${t.distanceKm} > 0 AND ${t.distanceKm} <= 300`),
    check("run_files_moving_range", sql`${t.movingSeconds} BETWEEN 1 AND 86400`),
    check("run_files_elapsed_range", sql`${t.elapsedSeconds} >= ${t.movingSeconds}`),
    check("run_files_elevation_range", sql`${t.elevationGainM} IS NULL OR ${t.elevationGainM} BETWEEN 0 AND 10000`),
    check("run_files_avg_hr_range", sql`${t.avgHr} IS NULL OR ${t.avgHr} BETWEEN 20 AND 250`),
    check("run_files_max_hr_range", sql`${t.maxHr} IS NULL OR ${t.maxHr} BETWEEN 20 AND 250`),
  ],
);
export type RunFile = typeof runFiles.$inferSelect;
