import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import { addDaysIso, today } from "@/lib/dates";
import { type Actor, isId, NotFoundError } from "./actor";
import { getRunner } from "./runners";
import { sessionPainColumns, sessionPainJoins } from "./session-pain-sql";

/*
 * The series behind the recovery charts, aggregated by the database: per session for the pain chart (each
 * session is a point), per ISO week for completion and running. Every query is bounded by the chosen range
 * and walks the (runner_id, date) indexes, so two years of history cost what a month does.
 */

export type Range = "4w" | "12w" | "all";
export const RANGES: { value: Range; label: string }[] = [
  { value: "4w", label: "4 weeks" },
  { value: "12w", label: "12 weeks" },
  { value: "all", label: "All" },
];
export const parseRange = (value: unknown): Range => (value === "4w" || value === "all" ? value : "12w");

/** The first day a range covers; "all" starts at the runner's rehab start. */
export function rangeStart(range: Range, startDate: string): string {
  if (range === "all") return startDate;
  const from = addDaysIso(today(), range === "4w" ? -27 : -83);
  return from > startDate ? from : startDate;
}

/** The runner, if the actor may read them; the one authorization check every series goes through. */
export async function readableRunner(actor: Actor, runnerId: string) {
  const runner = await getRunner(actor, runnerId);
  if (!runner) throw new NotFoundError("Runner");
  return runner;
}

export interface PainPoint {
  id: string;
  date: string;
  kind: "exercise" | "run";
  painDuring: number;
  painAfter: number;
  nextMorning: number | null;
  baseline: number;
  neural: boolean;
  distanceKm: number | null;
}

/** Sessions of one runner, with the mornings before and after each joined in for the 24-hour rule. */
async function selectPainPoints(runnerId: string, usualPain: number, filter: SQL) {
  const db = await getDb();
  return selectRows<PainPoint>(db, sql`
    select l.id, l.date::text as date, l.kind, l.distance_km::float8 as "distanceKm", ${sessionPainColumns(sql`${usualPain}`)}
    from session_logs l
    ${sessionPainJoins}
    where l.runner_id = ${runnerId} and ${filter}
    order by l.date, l.created_at
  `);
}

/** Every session in the range: each one is a point on the pain chart. */
export async function getPainSeries(actor: Actor, runnerId: string, range: Range): Promise<PainPoint[]> {
  const runner = await readableRunner(actor, runnerId);
  return selectPainPoints(runner.id, runner.usualPain, sql`l.date >= ${rangeStart(range, runner.startDate)}::date and l.date <= ${today()}::date`);
}

/** One of the runner's own sessions, for the feedback shown right after logging it. */
export async function getOwnSession(actor: Actor, sessionId: string): Promise<PainPoint | null> {
  if (actor.role !== "runner" || !isId(sessionId)) return null;
  const runner = await readableRunner(actor, actor.id);
  const [point] = await selectPainPoints(runner.id, runner.usualPain, sql`l.id = ${sessionId}`);
  return point ?? null;
}

export interface CompletionWeek {
  week: string;
  done: number;
  prescribed: number;
}

/** Per ISO week: exercises done against what the plan version in force that week prescribed. */
export async function getWeeklyCompletion(actor: Actor, runnerId: string, range: Range) {
  const runner = await readableRunner(actor, runnerId);
  const db = await getDb();
  const from = rangeStart(range, runner.startDate);
  const [weeks, changes] = await Promise.all([
    selectRows<CompletionWeek>(db, sql`
      with weeks as (
        select generate_series(date_trunc('week', ${from}::date), date_trunc('week', ${today()}::date), interval '1 week')::date as week
      ),
      done as (
        select date_trunc('week', l.date)::date as week, count(*) filter (where er.done)::int as done
        from session_logs l join exercise_results er on er.session_log_id = l.id
        where l.runner_id = ${runnerId} and l.date >= ${from}::date
        group by 1
      )
      select w.week::text as week, coalesce(d.done, 0) as done, coalesce(v.prescribed, 0)::int as prescribed
      from weeks w
      left join done d on d.week = w.week
      left join lateral (
        select (select sum(p.days_per_week) from prescriptions p where p.plan_version_id = pv.id) as prescribed
        from plan_versions pv join plans pl on pl.id = pv.plan_id
        where pl.runner_id = ${runnerId} and pv.effective_from <= w.week + 6
          and (pl.ended_at is null or pl.ended_at::date >= w.week)
        order by pv.effective_from desc, pv.version desc
        limit 1
      ) v on true
      order by w.week
    `),
    selectRows<{ date: string; label: string }>(db, sql`
      select pv.effective_from::text as date, 'Plan v' || pv.version as label
      from plan_versions pv join plans pl on pl.id = pv.plan_id
      where pl.runner_id = ${runnerId} and pv.effective_from >= ${from}::date
      order by pv.effective_from
    `),
  ]);
  return { weeks, changes };
}

export interface RunningWeek {
  week: string;
  distanceKm: number;
  load: number;
  /** This week's load over the average of the last four weeks; null until four weeks of history exist. */
  ratio: number | null;
  runs: number;
}

/** Per ISO week: distance, session-RPE load of runs, and the acute:chronic ratio (window function). */
export async function getRunningWeeks(actor: Actor, runnerId: string, range: Range): Promise<RunningWeek[]> {
  const runner = await readableRunner(actor, runnerId);
  const db = await getDb();
  const from = rangeStart(range, runner.startDate);
  return selectRows<RunningWeek>(db, sql`
    with weeks as (
      select generate_series(date_trunc('week', greatest(${from}::date - 21, ${runner.startDate}::date)), date_trunc('week', ${today()}::date), interval '1 week')::date as week
    ),
    runs as (
      select date_trunc('week', date)::date as week, sum(distance_km)::float8 as km, sum(rpe * duration_minutes)::float8 as load, count(*)::int as n
      from session_logs
      where runner_id = ${runnerId} and kind = 'run' and date >= ${from}::date - 21
      group by 1
    ),
    series as (
      select w.week, coalesce(r.km, 0) as km, coalesce(r.load, 0) as load, coalesce(r.n, 0) as n,
             avg(coalesce(r.load, 0)) over four_weeks as chronic,
             count(*) over four_weeks as weeks_of_history
      from weeks w left join runs r on r.week = w.week
      window four_weeks as (order by w.week rows between 3 preceding and current row)
    )
    select week::text as week, round(km::numeric, 1)::float8 as "distanceKm", load, n as runs,
           case when weeks_of_history = 4 and chronic > 0 then round((load / chronic)::numeric, 2)::float8 end as ratio
    from series
    where week >= date_trunc('week', ${from}::date)
    order by week
  `);
}

/** The exercises this runner did in the range, for the per-exercise chart's selector. */
export async function getLoggedExercises(actor: Actor, runnerId: string, range: Range) {
  const runner = await readableRunner(actor, runnerId);
  const db = await getDb();
  return selectRows<{ id: string; name: string }>(db, sql`
    select distinct e.id, e.name
    from session_logs l
    join exercise_results er on er.session_log_id = l.id
    join prescriptions p on p.id = er.prescription_id
    join exercises e on e.id = p.exercise_id
    where l.runner_id = ${runnerId} and er.done and l.date >= ${rangeStart(range, runner.startDate)}::date
    order by e.name
  `);
}

/** Pain during one exercise, each time it was done, in the range. */
export async function getExercisePain(actor: Actor, runnerId: string, exerciseId: string, range: Range) {
  const runner = await readableRunner(actor, runnerId);
  if (!isId(exerciseId)) return [];
  const db = await getDb();
  return selectRows<{ date: string; pain: number }>(db, sql`
    select l.date::text as date, er.pain_during as pain
    from session_logs l
    join exercise_results er on er.session_log_id = l.id
    join prescriptions p on p.id = er.prescription_id
    where l.runner_id = ${runnerId} and p.exercise_id = ${exerciseId} and er.done and er.pain_during is not null
      and l.date >= ${rangeStart(range, runner.startDate)}::date
    order by l.date, l.created_at
  `);
}
