import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, inDateRange, updatedAt } from "./columns";
import { users } from "./identity";

/** One filled LEFS: 20 answers of 0-4; the total (0-80) is checked against them, so it can never disagree. */
export const lefsResponses = pgTable(
  "lefs_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    clientId: uuid("client_id").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    answers: smallint("answers").array().notNull(),
    total: smallint("total").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("lefs_responses_runner_client_unique").on(t.runnerId, t.clientId),
    index("lefs_responses_runner_date_idx").on(t.runnerId, t.date),
    check(
      "lefs_responses_answers",
      sql`array_length(${t.answers}, 1) = 20 AND array_ndims(${t.answers}) = 1 AND array_position(${t.answers}, NULL) IS NULL AND 0 <= ALL(${t.answers}) AND 4 >= ALL(${t.answers})`,
    ),
    check("lefs_responses_total", sql.raw(`total = ${Array.from({ length: 20 }, (_, i) => `answers[${i + 1}]`).join(" + ")}`)),
    check("lefs_responses_date_range", inDateRange(t.date)),
  ],
);
export type LefsResponse = typeof lefsResponses.$inferSelect;
export type NewLefsResponse = typeof lefsResponses.$inferInsert;

/** The outcome measures StrideBack ships (lib/outcomes/instruments.ts holds each one's items and scoring). */
export const instrumentEnum = pgEnum("outcome_instrument", ["lefs", "psfs", "groc"]);

/**
 * When a runner is asked for one measure: at intake (once, at the start of the episode), every N days from
 * a first due date, and at discharge (the clinician asks before discharging). Any mix of the three.
 */
export const measureSchedules = pgTable(
  "measure_schedules",
  {
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    instrument: instrumentEnum("instrument").notNull(),
    atIntake: boolean("at_intake").notNull().default(false),
    everyDays: smallint("every_days"),
    atDischarge: boolean("at_discharge").notNull().default(false),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    setBy: uuid("set_by").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "measure_schedules_pk", columns: [t.runnerId, t.instrument] }),
    check("measure_schedules_every_range", sql`${t.everyDays} IS NULL OR ${t.everyDays} BETWEEN 7 AND 56`),
    check("measure_schedules_some_occasion", sql`${t.atIntake} OR ${t.everyDays} IS NOT NULL OR ${t.atDischarge}`),
    check("measure_schedules_start_range", inDateRange(t.startsOn)),
  ],
);
export type MeasureSchedule = typeof measureSchedules.$inferSelect;

/**
 * One filled PSFS or GROC (LEFS keeps its own table of 20 answers). The score is checked against the
 * answers, so it can never disagree with them: PSFS the mean of its 1-3 ratings (0-10) to one decimal,
 * GROC its one rating (-7 to +7).
 */
export const measureResponses = pgTable(
  "measure_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    instrument: instrumentEnum("instrument").notNull(),
    clientId: uuid("client_id").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    /** PSFS: the activities the runner named, one per answer; empty for GROC. */
    activities: text("activities").array().notNull().default(sql`'{}'::text[]`),
    answers: smallint("answers").array().notNull(),
    score: numeric("score", { precision: 3, scale: 1, mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("measure_responses_runner_client_unique").on(t.runnerId, t.clientId),
    index("measure_responses_runner_idx").on(t.runnerId, t.instrument, t.date),
    check("measure_responses_instrument", sql`${t.instrument} IN ('psfs', 'groc')`),
    check("measure_responses_answers_shape", sql`array_ndims(${t.answers}) = 1 AND array_position(${t.answers}, NULL) IS NULL`),
    check(
      "measure_responses_psfs",
      sql`${t.instrument} <> 'psfs' OR (cardinality(${t.answers}) BETWEEN 1 AND 3 AND 0 <= ALL(${t.answers}) AND 10 >= ALL(${t.answers})
        AND cardinality(${t.activities}) = cardinality(${t.answers}) AND array_position(${t.activities}, NULL) IS NULL
        AND '' <> ALL(${t.activities}) AND length(array_to_string(${t.activities}, '')) <= 360)`,
    ),
    check("measure_responses_groc", sql`${t.instrument} <> 'groc' OR (cardinality(${t.answers}) = 1 AND ${t.answers}[1] BETWEEN -7 AND 7 AND cardinality(${t.activities}) = 0)`),
    check(
      "measure_responses_score",
      sql`${t.score} = CASE WHEN ${t.instrument} = 'groc' THEN ${t.answers}[1]
        ELSE round((${t.answers}[1] + coalesce(${t.answers}[2], 0) + coalesce(${t.answers}[3], 0))::numeric / cardinality(${t.answers}), 1) END`,
    ),
    check("measure_responses_date_range", inDateRange(t.date)),
  ],
);
export type MeasureResponse = typeof measureResponses.$inferSelect;
