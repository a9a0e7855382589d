import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { type Db, getDb, selectRows } from "@/db";
import { type RosterView, PAGE_SIZE, pageCount } from "./view";
import { codeRevision } from "@/lib/code-revision";
import { now } from "@/lib/dates";
import { log } from "@/lib/log";
import { URGENCY_ORDER } from "@/lib/rules/red-flags";
import type { Actor } from "../actor";
import { recordRead } from "../audit";
import type { Triage } from "@/lib/rules/triage";
import { type CaseloadRow, judgeCaseload, judgeSelf } from "./judge";
import { stepIsDue, takeAutomaticStep } from "../progression";

/*
 * The roster, paged, sorted, filtered and searched in SQL over `runner_triage`, one summary per runner.
 * A summary is only trusted for the version of the runner's inputs and the day of their calendar it was
 * computed for (the triggers of migration 0007 bump the version with every write that could change it),
 * so a page first recomputes the stale summaries of this clinician's roster with lib/rules/triage, the
 * one judge of a light, and then reads one page. A quiet caseload recomputes nothing; a busy one only
 * the runners whose data changed, and each runner once a day when their date turns.
 */

type Summary = Omit<CaseloadRow, "runnerId" | "name" | "email" | "presentation" | "affectedSide">;
export type RosterRow = Summary & Pick<CaseloadRow, "runnerId" | "name" | "email" | "presentation" | "affectedSide"> & {
  /** Nobody in the runner's care team now (their physio left): an admin sees them so, until handed over. */
  noClinician: boolean;
};

export interface RosterPage {
  rows: RosterRow[];
  /** Runners that match the search and filter. */
  matching: number;
  /** Runners on the roster at all. */
  total: number;
  page: number;
  pages: number;
}

/*
 * Who is on the roster: the runners in care now, and a discharged runner whose red flag is still open (a
 * safety net must not hide behind a discharge).
 */
export const onRoster = (actor: Actor) => sql`ct.clinician_id = ${actor.id} and (
  rp.discharged_on is null
  or exists (select 1 from red_flag_reports f where f.runner_id = ct.runner_id and f.urgency is not null and f.resolved_at is null))`;

async function refreshStale(db: Db, actor: Actor, instant: Date): Promise<void> {
  await refresh(db, sql`care_access`, onRoster(actor), instant, (ids) => judgeCaseload(actor, ids, instant));
}

/**
 * The runner's own status, as their physio's roster has it: the stored summary while it is current; else
 * judged now and stored, so the roster does not judge the same data again.
 */
export async function getOwnStatus(actor: Actor): Promise<Triage | null> {
  return (await getOwnSummary(actor))?.triage ?? null;
}

/** The runner's own stored summary: their status, and where their plan stands among its phases. */
export async function getOwnSummary(actor: Actor): Promise<Pick<Summary, "triage" | "progress"> | null> {
  if (actor.role !== "runner") return null;
  const db = await getDb();
  const instant = now();
  await refresh(db, sql`(select ${actor.id}::uuid as runner_id)`, sql`true`, instant, () => judgeSelf(actor, instant));
  const [row] = await selectRows<{ summary: Summary }>(db, sql`select summary from runner_triage where runner_id = ${actor.id}`);
  return row ? { triage: row.summary.triage, progress: row.summary.progress ?? null } : null;
}

/** Judges and stores the summaries among `from` (rows of runner_id, as `ct`) that are out of date. */
async function refresh(db: Db, from: SQL, where: SQL, instant: Date, judge: (runnerIds: string[]) => Promise<CaseloadRow[]>, again = false): Promise<void> {
  const revision = codeRevision();
  const stale = await selectRows<{ runnerId: string; version: string }>(db, sql`
    select ct.runner_id as "runnerId", coalesce(rt.version, 0) as version
    from ${from} ct
    join runner_profiles rp on rp.runner_id = ct.runner_id
    left join runner_triage rt on rt.runner_id = ct.runner_id
    where ${where}
      and (rt.runner_id is null or rt.computed_version is distinct from rt.version
           or rt.computed_day is distinct from (${instant.toISOString()}::timestamptz at time zone rp.time_zone)::date
           or rt.computed_revision is distinct from ${revision})
    order by ct.runner_id`);
  if (stale.length === 0) return;
  // The version is read before the data: a write that lands while we judge leaves the summary marked
  // with the older version, so it is recomputed on the next read rather than trusted.
  const versionOf = new Map(stale.map((s) => [s.runnerId, Number(s.version)]));
  const judged = await judge([...versionOf.keys()]);
  // A self-progressing plan takes the step its judgement calls for; its runners are then judged again.
  const stepped: string[] = [];
  for (const row of judged) if (stepIsDue(row.progress) && (await takeAutomaticStep(row.progress))) stepped.push(row.runnerId);
  if (stepped.length && !again) return refresh(db, from, where, instant, judge, true);
  const records = judged
    .map(({ runnerId, name: _name, email: _email, presentation: _presentation, affectedSide: _side, ...summary }) => ({
      runner_id: runnerId,
      version: versionOf.get(runnerId)!,
      computed_day: summary.today,
      rank: summary.triage.rank,
      urgency_order: summary.triage.urgency ? URGENCY_ORDER[summary.triage.urgency] : 0,
      attention_since: summary.urgentSince,
      last_log_date: summary.lastLogDate,
      last_pain_during: summary.lastPainDuring,
      completion_ratio: summary.completion?.ratio ?? null,
      plan_title: summary.planTitle,
      summary,
    }))
    .sort((a, b) => (a.runner_id < b.runner_id ? -1 : 1));
  const upsert = sql`
    insert into runner_triage (runner_id, version, computed_version, computed_day, computed_revision, rank, urgency_order,
                               attention_since, last_log_date, last_pain_during, completion_ratio, plan_title, summary)
    select runner_id, version, version, computed_day, ${revision}, rank, urgency_order,
           attention_since, last_log_date, last_pain_during, completion_ratio, plan_title, summary
    from json_to_recordset(${JSON.stringify(records)}::json) as x(
      runner_id uuid, version bigint, computed_day date, rank smallint, urgency_order smallint, attention_since text,
      last_log_date date, last_pain_during smallint, completion_ratio float8, plan_title text, summary jsonb)
    order by runner_id
    on conflict (runner_id) do update set
      computed_version = excluded.computed_version, computed_day = excluded.computed_day,
      computed_revision = excluded.computed_revision, rank = excluded.rank,
      urgency_order = excluded.urgency_order, attention_since = excluded.attention_since,
      last_log_date = excluded.last_log_date, last_pain_during = excluded.last_pain_during,
      completion_ratio = excluded.completion_ratio, plan_title = excluded.plan_title, summary = excluded.summary`;
  // Rows are locked in runner order, so two clinicians refreshing shared runners cannot deadlock each other;
  // a deadlock with some other writer is retried once.
  try {
    await db.execute(upsert);
  } catch (error) {
    if ((error as { code?: string }).code !== "40P01") throw error;
    log.warn("roster summary refresh deadlocked; retrying once");
    await db.execute(upsert);
  }
}

const attention = (dir: "asc" | "desc") =>
  dir === "asc"
    ? sql`rt.rank, rt.urgency_order, rt.attention_since desc nulls last, u.name, u.id`
    : sql`rt.rank desc, rt.urgency_order desc, rt.attention_since asc nulls first, u.name desc, u.id desc`;

/** Each column's order; empty values go last whichever the direction, ties keep triage's order. */
function orderBy(view: RosterView): SQL {
  const dir = sql.raw(view.dir);
  const column = (expr: SQL) => sql`${expr} ${dir} nulls last, ${attention("asc")}`;
  switch (view.sort) {
    case "attention":
      return attention(view.dir);
    case "name":
      return sql`lower(u.name) ${dir}, u.id`;
    case "presentation":
      return column(sql`rp.presentation::text`);
    case "lastLog":
      return column(sql`rt.last_log_date`);
    case "pain":
      return column(sql`rt.last_pain_during`);
    case "completion":
      return column(sql`rt.completion_ratio`);
    case "plan":
      return column(sql`lower(rt.plan_title)`);
  }
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page of the clinician's roster, those who need attention first unless asked otherwise. */
export async function getRosterPage(actor: Actor, view: RosterView, pageSize = PAGE_SIZE): Promise<RosterPage> {
  if (actor.role !== "clinician") return { rows: [], matching: 0, total: 0, page: 1, pages: 1 };
  const db = await getDb();
  const instant = now();
  const matches = sql`(${view.q ? sql`lower(u.name) like ${likePattern(view.q)}` : sql`true`}) and (${view.presentation ? sql`rp.presentation::text = ${view.presentation}` : sql`true`})`;
  const [[counts]] = await Promise.all([
    selectRows<{ total: number; matching: number }>(db, sql`
      select count(*)::int as total, count(*) filter (where ${matches})::int as matching
      from care_access ct join users u on u.id = ct.runner_id join runner_profiles rp on rp.runner_id = ct.runner_id
      where ${onRoster(actor)}`),
    refreshStale(db, actor, instant),
  ]);
  const pages = pageCount(counts!.matching, pageSize);
  const page = Math.min(view.page, pages);
  const rows = await selectRows<Pick<RosterRow, "runnerId" | "name" | "email" | "presentation" | "affectedSide" | "noClinician"> & { summary: Summary }>(db, sql`
    select u.id as "runnerId", u.name, u.email, rp.presentation, rp.affected_side as "affectedSide", rt.summary,
           not exists (select 1 from care_team_live x where x.runner_id = u.id) as "noClinician"
    from care_access ct
    join users u on u.id = ct.runner_id
    join runner_profiles rp on rp.runner_id = ct.runner_id
    join runner_triage rt on rt.runner_id = ct.runner_id
    where ${onRoster(actor)} and ${matches}
    order by ${orderBy(view)}
    limit ${pageSize} offset ${(page - 1) * pageSize}`);
  await recordRead(actor, "caseload.view", null);
  return { rows: rows.map(({ summary, ...who }) => ({ ...summary, ...who })), matching: counts!.matching, total: counts!.total, page, pages };
}

/** The whole roster in triage order, as one page: for callers that need everyone (and the tests). */
export async function listCaseload(actor: Actor): Promise<RosterRow[]> {
  return (await getRosterPage(actor, { q: null, presentation: null, sort: "attention", dir: "asc", page: 1 }, Number.MAX_SAFE_INTEGER)).rows;
}
