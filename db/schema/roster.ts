import {
  bigint,
  date,
  doublePrecision,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./identity";

/*
 * Each runner's triage as the roster shows it, kept so that a roster page sorts, filters and pages in SQL.
 * A summary is only ever a cache of lib/rules/triage: it is valid for one version of the runner's inputs
 * and one day of their calendar. Triggers (migration 0007) bump `version` in the same transaction as any
 * write to those inputs, so a write can never leave a summary that looks current; the roster recomputes
 * stale summaries before it reads a page. A summary is also tied to the release that computed it, so that a
 * release which changes how a runner is judged never shows a light the previous one worked out.
 */
export const runnerTriage = pgTable(
  "runner_triage",
  {
    runnerId: uuid("runner_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    version: bigint("version", { mode: "number" }).notNull().default(1),
    /** The version and the runner's day this summary was computed for; null until first computed. */
    computedVersion: bigint("computed_version", { mode: "number" }),
    computedDay: date("computed_day", { mode: "string" }),
    /** The release that computed it (lib/code-revision): a summary judged by older code is not trusted. */
    computedRevision: text("computed_revision"),
    rank: smallint("rank"),
    urgencyOrder: smallint("urgency_order"),
    /** Among equally urgent runners the freshest news first: a red flag's ISO instant, or the latest session's date. */
    attentionSince: text("attention_since"),
    lastLogDate: date("last_log_date", { mode: "string" }),
    lastPainDuring: smallint("last_pain_during"),
    completionRatio: doublePrecision("completion_ratio"),
    planTitle: text("plan_title"),
    /** Everything else the roster row shows (status, chips, sparkline, limits), as computed. */
    summary: jsonb("summary"),
  },
);
export type RunnerTriage = typeof runnerTriage.$inferSelect;
export type NewRunnerTriage = typeof runnerTriage.$inferInsert;

/*
 * Chart series over a runner's whole history, kept so that the "all" range of a long rehab costs a read,
 * not a re-judging of every session. Like runner_triage, a row is only a cache of lib/data/recovery: it is
 * valid for the runner_triage version (bumped by every write to the inputs), the runner's day it was
 * computed for and the release that computed it, and is recomputed on the first read after any of them moves.
 */
export const runnerSeries = pgTable(
  "runner_series",
  {
    runnerId: uuid("runner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Which series: "pain", "completion", "running", "exercises", or "exercise:<id>". */
    series: text("series").notNull(),
    version: bigint("version", { mode: "number" }).notNull(),
    day: date("day", { mode: "string" }).notNull(),
    /** The release that computed it, as for runner_triage. */
    revision: text("revision"),
    value: jsonb("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.runnerId, t.series] })],
);
export type RunnerSeries = typeof runnerSeries.$inferSelect;
export type NewRunnerSeries = typeof runnerSeries.$inferInsert;
