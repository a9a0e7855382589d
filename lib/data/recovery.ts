import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import { addDaysIso, daysBetween, today } from "@/lib/dates";
import { type Frequency, weeklySessions } from "@/lib/rules/adherence";
import { type LoadBlock, loadBlocks, sessionLoad } from "@/lib/rules/load";
import { versionInForce, type VersionLike } from "@/lib/rules/plan-version";
import { RULE_DEFINITIONS } from "@/lib/rules/thresholds";
import { trendWindows } from "@/lib/rules/change";
import { painSummary } from "@/lib/rules/summaries";
import type { Phrase } from "@/lib/rules/phrase";
import { byWeek, needsWeeks, type WeekOfPain, worstPerWeek } from "@/lib/rules/weekly";
import { sessionLight, type SessionPain, type Verdict } from "@/lib/rules/traffic-light";
import { type Actor, isId } from "./actor";
import { rulesOfRunner } from "./pain-rules";
import { readableRunner, type Runner } from "./runners";
import { type Range, rangeStart } from "@/lib/rules/chart-range";

export type { Range };
import { cachedSeries } from "./series-cache";
import { sessionPainColumns, sessionPainJoins } from "./session-pain-sql";

/*
 * The series behind the recovery charts, in the runner's own calendar: per session for the pain chart (each
 * session a point, judged by the runner's rules), per rolling 7-day block ending today for completion and
 * running (never a half-finished calendar week). Every query is bounded by the chosen range and walks the
 * (runner_id, date) indexes. The "all" range grows with the rehab, so its series are kept between views
 * (lib/data/series-cache) until the runner's records change or their day turns.
 */

export interface PainPoint extends SessionPain {
  id: string;
  date: string;
  kind: "exercise" | "run";
  distanceKm: number | null;
  verdict: Verdict;
}

/** Sessions of one runner, with the mornings before and after joined in, each judged by the runner's rules. */
async function judgedSessions(runner: Runner, filter: SQL): Promise<PainPoint[]> {
  const db = await getDb();
  const [rows, rules] = await Promise.all([
    selectRows<Omit<PainPoint, "verdict">>(db, sql`
      select l.id, l.date::text as date, l.kind, l.distance_km::float8 as "distanceKm", ${sessionPainColumns(sql`${runner.usualPain}`)}
      from session_logs l
      ${sessionPainJoins}
      where l.runner_id = ${runner.id} and ${filter}
      order by l.date, l.created_at
    `),
    rulesOfRunner(runner.id),
  ]);
  return rows.map((row) => ({ ...row, verdict: sessionLight(row, rules.effective) }));
}

export interface PainOverview {
  today: string;
  /** The trend in words, over every session in the range. */
  summary: Phrase;
  sessions: number;
  /** Each session, judged; or, when the range spans 12 weeks or more, each week's worst (see lib/rules/weekly). */
  points: { kind: "sessions"; sessions: PainPoint[] } | { kind: "weeks"; weeks: WeekOfPain[] };
}

/** What the pain chart draws for a range: the sessions, or a week to a point over a long history. */
export async function getPainOverview(actor: Actor, runnerId: string, range: Range): Promise<PainOverview> {
  const runner = await readableRunner(actor, runnerId);
  const to = today(runner.timeZone);
  const compute = async (): Promise<PainOverview> => {
    const sessions = await judgedSessions(runner, sql`l.date >= ${rangeStart(range, runner)}::date and l.date <= ${to}::date`);
    const overview = { today: to, summary: painSummary(sessions, to), sessions: sessions.length };
    if (!needsWeeks(sessions.map((s) => s.date))) return { ...overview, points: { kind: "sessions", sessions } };
    return { ...overview, points: { kind: "weeks", weeks: worstPerWeek(sessions.map((s) => ({ ...s, light: s.verdict.light })), to) } };
  };
  return range === "all" ? cachedSeries(runner.id, "pain", to, compute) : compute();
}

/** The sessions since a date, judged: the lights beside a runner's recent logs. */
export async function getJudgedSessionsSince(actor: Actor, runnerId: string, since: string): Promise<PainPoint[]> {
  const runner = await readableRunner(actor, runnerId);
  return judgedSessions(runner, sql`l.date >= ${since}::date`);
}

/** One of the runner's own sessions, for the feedback shown right after logging it. */
export async function getOwnSession(actor: Actor, sessionId: string): Promise<PainPoint | null> {
  if (actor.role !== "runner" || !isId(sessionId)) return null;
  const runner = await readableRunner(actor, actor.id);
  const [point] = await judgedSessions(runner, sql`l.id = ${sessionId}`);
  return point ?? null;
}

/** Rolling 7-day blocks ending on the runner's today, back over the range: the last days of each, oldest first. */
function blockEnds(from: string, to: string): string[] {
  const count = Math.max(1, Math.ceil((daysBetween(from, to) + 1) / RULE_DEFINITIONS.acuteDays));
  return Array.from({ length: count }, (_, i) => addDaysIso(to, -RULE_DEFINITIONS.acuteDays * (count - 1 - i)));
}

export interface CompletionBlock {
  /** The last day of the block. */
  end: string;
  done: number;
  prescribed: number;
  /** The plan version in force on the block's last day, by the one rule (null without a plan). */
  version: { id: string; label: string } | null;
}

/** Per rolling 7-day block: exercises done against what the plan version in force at the block's end prescribed. */
export async function getCompletionBlocks(actor: Actor, runnerId: string, range: Range) {
  const runner = await readableRunner(actor, runnerId);
  const to = today(runner.timeZone);
  const compute = () => completionBlocks(runner, rangeStart(range, runner), to);
  return range === "all" ? cachedSeries(runner.id, "completion", to, compute) : compute();
}

async function completionBlocks(runner: Runner, from: string, to: string) {
  const runnerId = runner.id;
  const db = await getDb();
  const ends = blockEnds(from, to);
  const [done, versions] = await Promise.all([
    // One pass over the range's sessions, counted per block in SQL (not one query per block).
    selectRows<{ end: string; done: number }>(db, sql`
      select (${to}::date - 7 * ((${to}::date - l.date) / 7))::text as "end", count(*)::int as done
      from session_logs l join exercise_results er on er.session_log_id = l.id
      where l.runner_id = ${runnerId} and er.done and l.date > ${ends[0]!}::date - 7 and l.date <= ${to}::date
      group by 1
    `),
    selectRows<VersionLike & { id: string; endedOn: string | null; doses: Frequency[] }>(db, sql`
      select pv.id, pv.version, pv.effective_from::text as "effectiveFrom", pv.superseded_at is not null as superseded, pv.waiting, pl.ended_at::date::text as "endedOn",
             (select coalesce(json_agg(json_build_object('daysPerWeek', rx.days_per_week, 'timesPerDay', rx.times_per_day)), '[]'::json)
              from prescriptions rx where rx.plan_version_id = pv.id) as doses
      from plan_versions pv join plans pl on pl.id = pv.plan_id
      where pl.runner_id = ${runnerId}
    `),
  ]);
  const doneBy = new Map(done.map((b) => [b.end, b.done]));
  const blocks: CompletionBlock[] = ends.map((end) => ({ end, done: doneBy.get(end) ?? 0 })).map((b) => {
    // A plan ended before this block began prescribes nothing in it.
    const live = versions.filter((v) => v.endedOn == null || v.endedOn > addDaysIso(b.end, -RULE_DEFINITIONS.acuteDays));
    const version = versionInForce(live, b.end);
    return { ...b, prescribed: version ? weeklySessions(version.doses) : 0, version: version ? { id: version.id, label: `Plan v${version.version}` } : null };
  });
  // Each version that took effect in the range is marked on the block that holds its first day.
  const marks = versions
    .filter((v) => !v.superseded && !v.waiting && v.effectiveFrom >= from && v.effectiveFrom <= to)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
    .map((v) => ({ end: blocks.find((b) => b.end >= v.effectiveFrom)?.end ?? to, label: `Plan v${v.version}` }));
  return { blocks, marks };
}

/** Runs of the range (and the 28 days before it, for the first block's ratio), as rolling 7-day blocks. */
export async function getRunningBlocks(actor: Actor, runnerId: string, range: Range): Promise<LoadBlock[]> {
  const runner = await readableRunner(actor, runnerId);
  const to = today(runner.timeZone);
  const compute = () => runningBlocks(runner, rangeStart(range, runner), to);
  return range === "all" ? cachedSeries(runner.id, "running", to, compute) : compute();
}

async function runningBlocks(runner: Runner, from: string, to: string): Promise<LoadBlock[]> {
  const runnerId = runner.id;
  const db = await getDb();
  const reach = addDaysIso(from, -RULE_DEFINITIONS.chronicDays);
  const [runs, rules, before] = await Promise.all([
    selectRows<{ date: string; rpe: number; minutes: number; distanceKm: number }>(db, sql`
      select date::text as date, rpe, duration_minutes as minutes, distance_km::float8 as "distanceKm"
      from session_logs
      where runner_id = ${runnerId} and kind = 'run' and date > ${reach}::date and date <= ${to}::date
    `),
    rulesOfRunner(runner.id),
    selectRows<{ date: string | null }>(db, sql`
      select max(date)::text as date from session_logs where runner_id = ${runnerId} and kind = 'run' and date <= ${reach}::date
    `),
  ]);
  const loads = runs.map((r) => ({ date: r.date, load: sessionLoad(r.rpe, r.minutes), distanceKm: r.distanceKm }));
  return loadBlocks(loads, from, to, before[0]?.date ?? null, rules.effective);
}

/** The exercises this runner did in the range, for the per-exercise chart's selector. */
export async function getLoggedExercises(actor: Actor, runnerId: string, range: Range) {
  const runner = await readableRunner(actor, runnerId);
  // With what tells a global library row from a clinic's own, so the chart can word it for its reader.
  const compute = async () => selectRows<{ id: string; name: string; clinicId: string | null; illustration: string | null }>(await getDb(), sql`
    select distinct e.id, e.name, e.clinic_id as "clinicId", e.illustration
    from session_logs l
    join exercise_results er on er.session_log_id = l.id
    join prescriptions p on p.id = er.prescription_id
    join exercises e on e.id = p.exercise_id
    where l.runner_id = ${runner.id} and er.done and l.date >= ${rangeStart(range, runner)}::date
    order by e.name
  `);
  return range === "all" ? cachedSeries(runner.id, "exercises", today(runner.timeZone), compute) : compute();
}

/** Pain during one exercise, each time it was done, in the range; each week's worst on long ranges (see lib/rules/weekly). */
export async function getExercisePain(actor: Actor, runnerId: string, exerciseId: string, range: Range) {
  const runner = await readableRunner(actor, runnerId);
  if (!isId(exerciseId)) return { points: [], windows: { before: { mean: null, logs: 0 }, recent: { mean: null, logs: 0 } } };
  const to = today(runner.timeZone);
  const compute = () => exercisePain(runner, exerciseId, rangeStart(range, runner), to);
  return range === "all" ? cachedSeries(runner.id, `exercise:${exerciseId}`, to, compute) : compute();
}

async function exercisePain(runner: Runner, exerciseId: string, from: string, to: string) {
  const db = await getDb();
  const points = await selectRows<{ date: string; pain: number }>(db, sql`
    select l.date::text as date, er.pain_during as pain
    from session_logs l
    join exercise_results er on er.session_log_id = l.id
    join prescriptions p on p.id = er.prescription_id
    where l.runner_id = ${runner.id} and p.exercise_id = ${exerciseId} and er.done and er.pain_during is not null
      and l.date >= ${from}::date
    order by l.date, l.created_at
  `);
  // The trend is judged on every entry, before long ranges are drawn a week to a point.
  const windows = trendWindows(points.map((p) => ({ date: p.date, value: p.pain })), to);
  if (!needsWeeks(points.map((p) => p.date))) return { points, windows };
  return { points: byWeek(points, to).map((w) => ({ date: w.end, pain: Math.max(...w.items.map((p) => p.pain)) })), windows };
}
