import "server-only";
import { sql } from "drizzle-orm";
import { getDb, selectRows } from "@/db";
import type { Presentation } from "@/db/schema";
import { addDaysIso, daysBetween, today as todayIso } from "@/lib/dates";
import { completion, prescribedSessions } from "@/lib/rules/adherence";
import { painChange } from "@/lib/rules/change";
import { acuteChronicRatio, weeklyChange } from "@/lib/rules/load";
import { DEFAULT_THRESHOLDS } from "@/lib/rules/thresholds";
import { type Triage, triage } from "@/lib/rules/triage";
import type { Actor } from "./actor";
import { sessionPainColumns, sessionPainJoins } from "./session-pain-sql";

interface CaseloadSqlRow {
  runnerId: string;
  name: string;
  email: string;
  presentation: Presentation;
  affectedSide: "left" | "right" | "both";
  planTitle: string | null;
  planStartDate: string | null;
  lastLogDate: string | null;
  lastPainDuring: number | null;
  lastPainAfter: number | null;
  lastMorningPain: number | null;
  doneLast14: number;
  weeklyDays: number[] | null;
  earlyPain: number | null;
  latePain: number | null;
  acuteLoad: number;
  chronicLoad: number;
  kmThisWeek: number;
  kmLastWeek: number;
  sparkline: (number | null)[];
}

export interface CaseloadRow extends Omit<CaseloadSqlRow, "doneLast14" | "weeklyDays" | "earlyPain" | "latePain" | "acuteLoad" | "chronicLoad" | "kmThisWeek" | "kmLastWeek"> {
  completion: ReturnType<typeof completion> | null;
  triage: Triage;
  /** The runner's latest session this week: among equally urgent runners, the freshest news comes first. */
  urgentSince: string | null;
}

interface RecentSession {
  runnerId: string;
  date: string;
  kind: "exercise" | "run";
  painDuring: number;
  painAfter: number;
  baseline: number;
  nextMorning: number | null;
  neural: boolean;
}

/**
 * The runners in this clinician's care with everything the roster and its triage need, ranked so that
 * those who need attention come first. Two queries whatever the caseload's size: per-runner aggregates
 * (lateral joins over the (runner_id, date) indexes) and the last week's sessions for the pain rules.
 */
export async function listCaseload(actor: Actor): Promise<CaseloadRow[]> {
  if (actor.role !== "clinician") return [];
  const db = await getDb();
  const today = todayIso();
  const t = DEFAULT_THRESHOLDS;
  const window = addDaysIso(today, -(t.completionWindowDays - 1));
  const [rows, recent] = await Promise.all([
    selectRows<CaseloadSqlRow>(db, sql`
      select u.id as "runnerId", u.name, u.email, rp.presentation, rp.affected_side as "affectedSide",
             p.title as "planTitle", p.start_date::text as "planStartDate",
             last_log.date::text as "lastLogDate", last_log.pain_during as "lastPainDuring",
             last_log.pain_after as "lastPainAfter", last_checkin.pain as "lastMorningPain",
             coalesce(done.n, 0) as "doneLast14", rx.days as "weeklyDays",
             agg.early as "earlyPain", agg.late as "latePain",
             coalesce(agg.acute, 0) as "acuteLoad", coalesce(agg.chronic, 0) as "chronicLoad",
             coalesce(agg.km_this, 0) as "kmThisWeek", coalesce(agg.km_last, 0) as "kmLastWeek",
             spark.values as sparkline
      from care_team ct
      join users u on u.id = ct.runner_id
      join runner_profiles rp on rp.runner_id = u.id
      left join plans p on p.runner_id = u.id and p.status = 'active'
      left join lateral (
        select date, pain_during, pain_after from session_logs
        where runner_id = u.id order by date desc, created_at desc limit 1
      ) last_log on true
      left join lateral (
        select pain from morning_checkins where runner_id = u.id order by date desc limit 1
      ) last_checkin on true
      left join lateral (
        select count(*)::int as n from session_logs l join exercise_results er on er.session_log_id = l.id
        where l.runner_id = u.id and er.done and l.date >= ${window}::date
      ) done on true
      left join lateral (
        select array_agg(rx.days_per_week::int) as days from prescriptions rx
        where rx.plan_version_id = (
          select pv.id from plan_versions pv where pv.plan_id = p.id and pv.effective_from <= ${today}::date
          order by pv.version desc limit 1
        )
      ) rx on true
      left join lateral (
        select avg(pain_after) filter (where date < ${today}::date - 13)::float8 as early,
               avg(pain_after) filter (where date >= ${today}::date - 13)::float8 as late,
               sum(rpe * duration_minutes) filter (where kind = 'run' and date > ${today}::date - 7)::float8 as acute,
               sum(rpe * duration_minutes) filter (where kind = 'run')::float8 as chronic,
               sum(distance_km) filter (where date > ${today}::date - 7)::float8 as km_this,
               sum(distance_km) filter (where date <= ${today}::date - 7 and date > ${today}::date - 14)::float8 as km_last
        from session_logs where runner_id = u.id and date > ${today}::date - 28 and date <= ${today}::date
      ) agg on true
      left join lateral (
        select array_agg(d.pain order by d.day) as values
        from (
          select g.day, (select max(greatest(pain_during, pain_after)) from session_logs s where s.runner_id = u.id and s.date = g.day) as pain
          from generate_series(${today}::date - 27, ${today}::date, interval '1 day') as g(day)
        ) d
      ) spark on true
      where ct.clinician_id = ${actor.id}
    `),
    selectRows<RecentSession>(db, sql`
      select l.runner_id as "runnerId", l.date::text as date, l.kind, ${sessionPainColumns(sql`rp.usual_pain`)}
      from care_team ct
      join session_logs l on l.runner_id = ct.runner_id and l.date > ${today}::date - ${t.triageRecentDays}::int and l.date <= ${today}::date
      join runner_profiles rp on rp.runner_id = l.runner_id
      ${sessionPainJoins}
      where ct.clinician_id = ${actor.id}
      order by l.date desc
    `),
  ]);

  const sessionsByRunner = new Map<string, RecentSession[]>();
  for (const s of recent) sessionsByRunner.set(s.runnerId, [...(sessionsByRunner.get(s.runnerId) ?? []), s]);
  return rows
    .map(({ doneLast14, weeklyDays, earlyPain, latePain, acuteLoad, chronicLoad, kmThisWeek, kmLastWeek, ...row }) => {
      // A plan younger than the window is judged on the days it has existed.
      const planDays = row.planStartDate ? Math.min(t.completionWindowDays, Math.max(1, daysBetween(row.planStartDate, today) + 1)) : 0;
      const adherence = weeklyDays?.length ? completion(doneLast14, prescribedSessions(weeklyDays, planDays)) : null;
      const sessions = sessionsByRunner.get(row.runnerId) ?? [];
      const result = triage({
        today,
        recentSessions: sessions,
        painTrend: earlyPain != null && latePain != null ? painChange(earlyPain, latePain) : null,
        completion: adherence,
        lastLogDate: row.lastLogDate,
        loadRatio: acuteChronicRatio(acuteLoad, chronicLoad),
        weeklyDistanceChange: weeklyChange(kmLastWeek, kmThisWeek),
      });
      return { ...row, completion: adherence, triage: result, urgentSince: sessions[0]?.date ?? null };
    })
    .sort(
      (a, b) =>
        a.triage.rank - b.triage.rank ||
        (b.urgentSince ?? "").localeCompare(a.urgentSince ?? "") ||
        a.name.localeCompare(b.name),
    );
}
