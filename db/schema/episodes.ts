import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, inDateRange } from "./columns";
import { clinics, users } from "./identity";
import { planTemplates } from "./plans";
import { presentationEnum } from "./runners";

/*
 * One episode of care, written when the runner is discharged and never changed after: the discharge summary
 * as the runner and the referrer received it (`body`), and the figures the clinic's outcomes page adds up
 * (docs/outcomes.md defines each). Kept apart from the live records so a later edit cannot rewrite what
 * was sent, and so a clinic's figures over thousands of episodes are one scan of small rows.
 */
export const episodes = pgTable(
  "episodes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    clinicId: uuid("clinic_id")
      .notNull()
      .references(() => clinics.id, { onDelete: "restrict" }),
    startedOn: date("started_on", { mode: "string" }).notNull(),
    dischargedOn: date("discharged_on", { mode: "string" }).notNull(),
    dischargedBy: uuid("discharged_by")
      .notNull()
      .references(() => users.id),
    presentation: presentationEnum("presentation").notNull(),
    /** The template the episode's first plan was built from, if any; its name is kept should it be deleted. */
    templateId: uuid("template_id").references(() => planTemplates.id, { onDelete: "set null" }),
    templateName: text("template_name"),
    /** The clinicians caring for the runner at discharge: the outcomes page's clinician filter. */
    careTeam: uuid("care_team").array().notNull(),
    /** Days from the start to the end of the first week whose every session was green with its morning settled. */
    daysToPainFree: smallint("days_to_pain_free"),
    sessionsDone: integer("sessions_done").notNull(),
    sessionsPrescribed: integer("sessions_prescribed").notNull(),
    redFlags: smallint("red_flags").notNull(),
    lefsFirst: smallint("lefs_first"),
    lefsLast: smallint("lefs_last"),
    psfsFirst: numeric("psfs_first", { precision: 3, scale: 1, mode: "number" }),
    psfsLast: numeric("psfs_last", { precision: 3, scale: 1, mode: "number" }),
    groc: smallint("groc"),
    body: jsonb("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique("episodes_runner_start_unique").on(t.runnerId, t.startedOn),
    index("episodes_clinic_idx").on(t.clinicId, t.dischargedOn),
    check("episodes_dates", sql`${t.dischargedOn} >= ${t.startedOn}`),
    check("episodes_started_range", inDateRange(t.startedOn)),
    check("episodes_discharged_range", inDateRange(t.dischargedOn)),
    check("episodes_days_to_pain_free", sql`${t.daysToPainFree} IS NULL OR ${t.daysToPainFree} >= 7`),
    check("episodes_counts", sql`${t.sessionsDone} >= 0 AND ${t.sessionsPrescribed} >= 0 AND ${t.redFlags} >= 0`),
    check("episodes_lefs", sql`(${t.lefsFirst} IS NULL OR ${t.lefsFirst} BETWEEN 0 AND 80) AND (${t.lefsLast} IS NULL OR ${t.lefsLast} BETWEEN 0 AND 80)`),
    check("episodes_psfs", sql`(${t.psfsFirst} IS NULL OR ${t.psfsFirst} BETWEEN 0 AND 10) AND (${t.psfsLast} IS NULL OR ${t.psfsLast} BETWEEN 0 AND 10)`),
    check("episodes_groc", sql`${t.groc} IS NULL OR ${t.groc} BETWEEN -7 AND 7`),
  ],
);
export type Episode = typeof episodes.$inferSelect;
