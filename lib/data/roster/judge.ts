import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import type { Presentation } from "@/db/schema";
import { now } from "@/lib/dates";
import type { Completion } from "@/lib/rules/adherence";
import { comebackAfterBreak } from "@/lib/rules/across-sessions";
import { completionOverDays } from "@/lib/rules/adherence";
import { type PainWindow, painTrend } from "@/lib/rules/change";
import { morningScreen } from "@/lib/rules/morning-screen";
import { type PhaseProgress, type PhaseSession, type PhaseVersion, planProgress, withProgress } from "@/lib/rules/progression";
import { distanceChange, loadRatio, type Run, sessionLoad } from "@/lib/rules/load";
import { effectiveRules, type PainRules, RULE_DEFINITIONS } from "@/lib/rules/thresholds";
import { localMoment } from "@/lib/red-flag-time";
import { type OpenRedFlag, type Triage, triage, type TriageSession } from "@/lib/rules/triage";
import { type Actor, isId } from "../actor";
import { rulesFromSqlRow, rulesJsonColumns } from "../pain-rules";
import { type LastRun, lastRunOf, type WindowRun } from "./last-run";
import { sessionPainColumns, sessionPainJoins } from "../session-pain-sql";

interface PlannedVersion extends PhaseVersion {
  doses: { daysPerWeek: number; timesPerDay: number }[];
}

interface CaseloadSqlRow {
  runnerId: string;
  name: string;
  email: string;
  presentation: Presentation;
  affectedSide: "left" | "right" | "both";
  timeZone: string;
  today: string;
  planTitle: string | null;
  planStartDate: string | null;
  planId: string | null;
  selfProgressing: boolean | null;
  heldOn: string | null;
  lastLogDate: string | null;
  lastPainDuring: number | null;
  lastPainAfter: number | null;
  lastMorningPain: number | null;
  lastCheckinDate: string | null;
  inCareSince: string;
  doneInWindow: number;
  trend: Record<"after" | "during" | "morning", { before: PainWindow; recent: PainWindow }>;
  lastRunBefore: string | null;
  worries: { date: string }[];
  sparkline: (number | null)[];
  clinicRules: Record<string, unknown> | null;
  runnerRules: Record<string, unknown> | null;
}

type Hidden = "doneInWindow" | "trend" | "lastRunBefore" | "worries" | "clinicRules" | "runnerRules" | "selfProgressing" | "heldOn";

export interface CaseloadRow extends Omit<CaseloadSqlRow, Hidden> {
  rules: PainRules;
  completion: Completion | null;
  triage: Triage;
  /** Where the active plan stands among its phases, and whether the next one is earned; null without phases. */
  progress: PhaseProgress | null;
  /** The runner's latest session this week: among equally urgent runners, the freshest news comes first. */
  urgentSince: string | null;
  /** The latest run of the load window (28 days), with the moving time the watch measured when from a file. */
  lastRun: LastRun | null;
}


/*
 * Each runner's "today" is the date in their own time zone at one instant, so the SQL windows and the
 * rules in TypeScript agree on which days count.
 */
const runnerToday = (instant: Date) => sql`cross join lateral (select (${instant.toISOString()}::timestamptz at time zone rp.time_zone)::date as day) td`;

/**
 * The given runners in this clinician's care with everything triage needs. Five queries
 * whatever the caseload's size: per-runner aggregates (lateral joins over the (runner_id, date) indexes),
 * the last week's sessions for the pain rules, the last 28 days' runs for the load ratio, the active
 * plans' versions (the version in force is chosen by the rule, not in SQL), and open red flags.
 */
export async function judgeCaseload(actor: Actor, only: string[], instant: Date): Promise<CaseloadRow[]> {
  if (actor.role !== "clinician" || only.length === 0 || !only.every(isId)) return [];
  return judge(sql`care_access`, sql`ct.clinician_id = ${actor.id} and ct.runner_id in (${sql.join(only.map((id) => sql`${id}`), sql`, `)})`, instant);
}

/**
 * The runners that `from` (rows of runner_id, as `ct`) and `scope` select, judged. The clinician's roster
 * reads care_access; a runner reads themselves through the same judgement, so both see one status.
 */
async function judge(from: SQL, scope: SQL, instant: Date): Promise<CaseloadRow[]> {
  const db = await getDb();
  const d = RULE_DEFINITIONS;
  const [rows, recent, runs, versions, flags, phaseSessions] = await Promise.all([
    selectRows<CaseloadSqlRow>(db, sql`
      select u.id as "runnerId", u.name, u.email, rp.presentation, rp.affected_side as "affectedSide",
             rp.time_zone as "timeZone", td.day::text as today,
             p.title as "planTitle", p.start_date::text as "planStartDate", p.id as "planId",
             p.self_progressing as "selfProgressing", p.held_on::text as "heldOn",
             last_log.date::text as "lastLogDate", last_log.pain_during as "lastPainDuring",
             last_log.pain_after as "lastPainAfter", last_checkin.pain as "lastMorningPain",
             last_checkin.date::text as "lastCheckinDate", rp.start_date::text as "inCareSince",
             coalesce(done.n, 0) as "doneInWindow",
             json_build_object(
               'after', json_build_object('before', json_build_object('mean', trend.after_before_mean, 'logs', trend.before_logs),
                                          'recent', json_build_object('mean', trend.after_recent_mean, 'logs', trend.recent_logs)),
               'during', json_build_object('before', json_build_object('mean', trend.during_before_mean, 'logs', trend.before_logs),
                                           'recent', json_build_object('mean', trend.during_recent_mean, 'logs', trend.recent_logs)),
               'morning', json_build_object('before', json_build_object('mean', mornings.before_mean, 'logs', mornings.before_logs),
                                            'recent', json_build_object('mean', mornings.recent_mean, 'logs', mornings.recent_logs))
             ) as trend,
             last_run_before.date::text as "lastRunBefore",
             coalesce((select json_agg(json_build_object('date', (w.reported_at at time zone rp.time_zone)::date::text) order by w.reported_at desc)
                       from red_flag_reports w where w.runner_id = u.id and w.worry is not null
                       and (rp.reviewed_at is null or w.reported_at > rp.reviewed_at)), '[]'::json) as worries,
             spark.values as sparkline,
             ${rulesJsonColumns}
      from ${from} ct
      join users u on u.id = ct.runner_id
      join runner_profiles rp on rp.runner_id = u.id
      ${runnerToday(instant)}
      left join plans p on p.runner_id = u.id and p.status = 'active'
      left join lateral (
        select date, pain_during, pain_after from session_logs
        where runner_id = u.id and date <= td.day order by date desc, created_at desc limit 1
      ) last_log on true
      left join lateral (
        select date, pain from morning_checkins where runner_id = u.id and date <= td.day order by date desc limit 1
      ) last_checkin on true
      left join lateral (
        -- The same days the prescribed sessions are counted over: the window, or the plan's life when younger.
        select count(*)::int as n from session_logs l join exercise_results er on er.session_log_id = l.id
        where l.runner_id = u.id and er.done and l.date > td.day - ${d.completionWindowDays}::int and l.date >= p.start_date and l.date <= td.day
      ) done on true
      left join lateral (
        select avg(pain_after) filter (where date <= td.day - ${d.trendWindowDays}::int)::float8 as after_before_mean,
               avg(pain_during) filter (where date <= td.day - ${d.trendWindowDays}::int)::float8 as during_before_mean,
               count(*) filter (where date <= td.day - ${d.trendWindowDays}::int)::int as before_logs,
               avg(pain_after) filter (where date > td.day - ${d.trendWindowDays}::int)::float8 as after_recent_mean,
               avg(pain_during) filter (where date > td.day - ${d.trendWindowDays}::int)::float8 as during_recent_mean,
               count(*) filter (where date > td.day - ${d.trendWindowDays}::int)::int as recent_logs
        from session_logs where runner_id = u.id and date > td.day - ${2 * d.trendWindowDays}::int and date <= td.day
      ) trend on true
      left join lateral (
        select avg(pain) filter (where date <= td.day - ${d.trendWindowDays}::int)::float8 as before_mean,
               count(*) filter (where date <= td.day - ${d.trendWindowDays}::int)::int as before_logs,
               avg(pain) filter (where date > td.day - ${d.trendWindowDays}::int)::float8 as recent_mean,
               count(*) filter (where date > td.day - ${d.trendWindowDays}::int)::int as recent_logs
        from morning_checkins where runner_id = u.id and date > td.day - ${2 * d.trendWindowDays}::int and date <= td.day
      ) mornings on true
      left join lateral (
        select max(date) as date from session_logs
        where runner_id = u.id and kind = 'run' and date <= td.day - ${d.chronicDays}::int
      ) last_run_before on true
      left join lateral (
        -- Constant bounds, so the planner knows the series has 28 rows (not its default guess of 1,000).
        select array_agg((select max(greatest(s.pain_during, s.pain_after)) from session_logs s where s.runner_id = u.id and s.date = td.day - g.i) order by g.i desc) as values
        from generate_series(0, 27) as g(i)
      ) spark on true
      where ${scope}
    `),
    selectRows<TriageSession & { runnerId: string }>(db, sql`
      select l.runner_id as "runnerId", l.date::text as date, l.kind, ${sessionPainColumns(sql`rp.usual_pain`)},
             coalesce(l.created_at <= rp.reviewed_at, false) as reviewed
      from ${from} ct
      join runner_profiles rp on rp.runner_id = ct.runner_id
      ${runnerToday(instant)}
      -- The latest session whose next morning is in: older lights than it no longer stand past the week.
      left join lateral (
        select s.date from session_logs s
        where s.runner_id = ct.runner_id and s.date <= td.day
          and exists (select 1 from morning_checkins c where c.runner_id = s.runner_id and c.date = s.date + 1)
        order by s.date desc limit 1
      ) settled on true
      join session_logs l on l.runner_id = ct.runner_id and l.date <= td.day
        and (l.date > td.day - ${d.trendWindowDays}::int
             or ((settled.date is null or l.date >= settled.date) and (rp.reviewed_at is null or l.created_at > rp.reviewed_at)))
      ${sessionPainJoins}
      where ${scope}
      order by l.date desc, l.created_at desc
    `),
    selectRows<WindowRun & { runnerId: string }>(db, sql`
      select l.runner_id as "runnerId", l.date::text as date, l.rpe, l.duration_minutes as minutes, l.distance_km::float8 as "distanceKm",
             rf.moving_seconds as "movingSeconds"
      from ${from} ct
      join runner_profiles rp on rp.runner_id = ct.runner_id
      ${runnerToday(instant)}
      join session_logs l on l.runner_id = ct.runner_id and l.kind = 'run' and l.date > td.day - ${d.chronicDays}::int and l.date <= td.day
      left join run_files rf on rf.session_log_id = l.id
      where ${scope}
      order by l.date desc, l.created_at desc
    `),
    selectRows<PlannedVersion & { runnerId: string }>(db, sql`
      select p.runner_id as "runnerId", pv.id, pv.version, pv.effective_from::text as "effectiveFrom", pv.superseded_at is not null as superseded, pv.waiting,
             pv.phase, pv.phase_label as "phaseLabel", pv.min_days as "minDays",
             (select coalesce(json_agg(json_build_object('daysPerWeek', rx.days_per_week, 'timesPerDay', rx.times_per_day)), '[]'::json)
              from prescriptions rx where rx.plan_version_id = pv.id) as doses
      from ${from} ct
      join plans p on p.runner_id = ct.runner_id and p.status = 'active'
      join plan_versions pv on pv.plan_id = p.id
      where ${scope}
    `),
    selectRows<Pick<OpenRedFlag, "urgency" | "signs"> & { runnerId: string; reportedAt: Date; timeZone: string }>(db, sql`
      select f.runner_id as "runnerId", f.urgency, f.signs, f.reported_at as "reportedAt", rp.time_zone as "timeZone"
      from ${from} ct
      join runner_profiles rp on rp.runner_id = ct.runner_id
      join red_flag_reports f on f.runner_id = ct.runner_id and f.urgency is not null and f.resolved_at is null
      where ${scope}
      order by f.reported_at desc
    `),
    // For progression: the runner's last 10 sessions (the most any rule asks for) and every one of the last
    // 28 days (the longest clear window), on plans with phases still to come or begun.
    selectRows<PhaseSession & { runnerId: string }>(db, sql`
      select l.runner_id as "runnerId", l.date::text as date, l.kind, ${sessionPainColumns(sql`rp.usual_pain`)}
      from ${from} ct
      join runner_profiles rp on rp.runner_id = ct.runner_id
      ${runnerToday(instant)}
      join plans p on p.runner_id = ct.runner_id and p.status = 'active'
        and exists (select 1 from plan_versions pv where pv.plan_id = p.id and pv.phase > 1)
      join session_logs l on l.runner_id = ct.runner_id and l.date <= td.day
        and l.date >= least(td.day - 28, (select min(x.date) from (select s.date from session_logs s where s.runner_id = ct.runner_id and s.date <= td.day order by s.date desc limit 10) x))
      ${sessionPainJoins}
      where ${scope}
      order by l.date desc, l.created_at desc
    `),
  ]);

  const group = <T extends { runnerId: string }>(items: T[]) => {
    const byRunner = new Map<string, T[]>();
    for (const item of items) byRunner.set(item.runnerId, [...(byRunner.get(item.runnerId) ?? []), item]);
    return byRunner;
  };
  const sessionsByRunner = group(recent);
  const runsByRunner = group(runs);
  const versionsByRunner = group(versions);
  const flagsByRunner = group(flags);
  const phaseSessionsByRunner = group(phaseSessions);
  return rows.map(({ doneInWindow, trend, lastRunBefore, worries, clinicRules, runnerRules, selfProgressing, heldOn, ...row }) => {
    const rules = effectiveRules(rulesFromSqlRow(clinicRules), rulesFromSqlRow(runnerRules));
    const adherence = row.planStartDate ? completionOverDays(versionsByRunner.get(row.runnerId) ?? [], row.planStartDate, row.today, doneInWindow) : null;
    const sessions = sessionsByRunner.get(row.runnerId) ?? [];
    const runsInWindow = runsByRunner.get(row.runnerId) ?? [];
    const runnerRuns: Run[] = runsInWindow.map((r) => ({ date: r.date, load: sessionLoad(r.rpe, r.minutes), distanceKm: r.distanceKm }));
    const redFlags = flagsByRunner.get(row.runnerId) ?? [];
    const result = triage({
      today: row.today,
      redFlags: redFlags.map(({ urgency, signs, reportedAt, timeZone }) => ({ urgency, signs, ...localMoment(new Date(reportedAt), timeZone) })),
      rules,
      recentSessions: sessions,
      painTrends: { after: painTrend(trend.after.before, trend.after.recent), during: painTrend(trend.during.before, trend.during.recent), morning: painTrend(trend.morning.before, trend.morning.recent) },
      completion: adherence,
      lastLogDate: row.lastLogDate,
      lastCheckinDate: row.lastCheckinDate,
      inCareSince: row.inCareSince,
      screenedEachMorning: morningScreen(row.presentation, row.inCareSince, row.today).length > 0,
      load: loadRatio(runnerRuns, row.today, lastRunBefore, rules),
      distance: distanceChange(runnerRuns, row.today),
      comeback: comebackAfterBreak(runnerRuns, lastRunBefore, row.today, rules),
      worries,
    });
    const progress = row.planId
      ? planProgress(row.planId, Boolean(selfProgressing), versionsByRunner.get(row.runnerId) ?? [], {
          today: row.today,
          rules,
          sessions: phaseSessionsByRunner.get(row.runnerId) ?? [],
          openRedFlag: redFlags.length > 0,
          stopped: result.status === "stopped" || Boolean(adherence?.stopped),
          heldOn,
        })
      : null;
    // Among urgent runners the latest report leads; among the rest, the latest session.
    return {
      ...row,
      rules,
      completion: adherence,
      triage: withProgress(result, progress),
      progress,
      urgentSince: redFlags[0] ? new Date(redFlags[0].reportedAt).toISOString() : (sessions[0]?.date ?? null),
      lastRun: lastRunOf(runsInWindow),
    };
  });
}

/** The runner themselves, judged exactly as their physio's roster judges them (lib/data/roster keeps it). */
export async function judgeSelf(actor: Actor, instant: Date): Promise<CaseloadRow[]> {
  if (actor.role !== "runner") return [];
  return judge(sql`(select ${actor.id}::uuid as runner_id)`, sql`true`, instant);
}

/** One runner's status and reasons, exactly as the roster shows them; null outside the clinician's care. */
export async function getRunnerTriage(actor: Actor, runnerId: string): Promise<CaseloadRow | null> {
  const [row] = await judgeCaseload(actor, [runnerId], now());
  return row ?? null;
}
