import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  pgTable,
  smallint,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, inDateRange, updatedAt } from "./columns";
import { users } from "./identity";

/** How often a runner is asked to fill the Lower Extremity Functional Scale; set by a clinician caring for them. */
export const lefsSchedules = pgTable(
  "lefs_schedules",
  {
    runnerId: uuid("runner_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    everyDays: smallint("every_days").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    setBy: uuid("set_by").references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [check("lefs_schedules_every_range", sql`${t.everyDays} BETWEEN 7 AND 56`), check("lefs_schedules_start_range", inDateRange(t.startsOn))],
);
export type LefsSchedule = typeof lefsSchedules.$inferSelect;
export type NewLefsSchedule = typeof lefsSchedules.$inferInsert;

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
