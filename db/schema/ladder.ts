import { sql } from "drizzle-orm";
import {
  check,
  date,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, inDateRange } from "./columns";
import { clinics, users } from "./identity";

/*
 * The return-to-run walk-run ladder (docs/progression.md). A clinic may keep its own steps; until it does,
 * the library's ladder (lib/rules/ladder.ts) is used. A runner's ladder copies the steps it started with,
 * so a later change to the clinic's ladder does not move a runner mid-way.
 */
export const clinicLadderSteps = pgTable(
  "clinic_ladder_steps",
  {
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "cascade" }),
    position: smallint("position").notNull(),
    walkMinutes: smallint("walk_minutes").notNull(),
    runMinutes: smallint("run_minutes").notNull(),
    repeats: smallint("repeats").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.clinicId, t.position] }),
    check("clinic_ladder_steps_range", sql`${t.position} BETWEEN 1 AND 12 AND ${t.walkMinutes} BETWEEN 0 AND 30 AND ${t.runMinutes} BETWEEN 1 AND 120 AND ${t.repeats} BETWEEN 1 AND 20`),
  ],
);
export type ClinicLadderStep = typeof clinicLadderSteps.$inferSelect;
export type NewClinicLadderStep = typeof clinicLadderSteps.$inferInsert;

export const runLadders = pgTable(
  "run_ladders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** The steps as they were when the ladder started: [{ walkMinutes, runMinutes, repeats }]. */
    steps: jsonb("steps").$type<{ walkMinutes: number; runMinutes: number; repeats: number }[]>().notNull(),
    /** The return-to-run criteria the clinician ticked, in their words at the time; recorded, not judged. */
    checklist: text("checklist").array().notNull(),
    checklistNote: text("checklist_note").notNull().default(""),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    startedBy: uuid("started_by")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("run_ladders_one_active_per_runner").on(t.runnerId).where(sql`${t.endedAt} IS NULL`),
    check("run_ladders_steps_count", sql`jsonb_array_length(${t.steps}) BETWEEN 1 AND 12`),
    check("run_ladders_checklist_ticked", sql`cardinality(${t.checklist}) >= 1`),
    check("run_ladders_note_length", sql`length(${t.checklistNote}) <= 1000`),
    check("run_ladders_started_on_range", inDateRange(t.startedOn)),
  ],
);
export type RunLadder = typeof runLadders.$inferSelect;
export type NewRunLadder = typeof runLadders.$inferInsert;

/** Each step the ladder took: the step in force on a day is the latest move effective by then. */
export const ladderMoves = pgTable(
  "ladder_moves",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ladderId: uuid("ladder_id")
      .notNull()
      .references(() => runLadders.id, { onDelete: "cascade" }),
    step: smallint("step").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    /** start, up, down: what moved it. */
    reason: text("reason").notNull(),
    because: text("because").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    // One move a day: a later decision the same day replaces the earlier one, so a step is never skipped twice.
    unique("ladder_moves_one_a_day").on(t.ladderId, t.effectiveFrom),
    check("ladder_moves_step_range", sql`${t.step} BETWEEN 1 AND 12`),
    check("ladder_moves_reason_valid", sql`${t.reason} IN ('start', 'up', 'down')`),
  ],
);
export type LadderMove = typeof ladderMoves.$inferSelect;
export type NewLadderMove = typeof ladderMoves.$inferInsert;
