import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { RULE_DEFINITIONS } from "@/lib/rules/thresholds";

/*
 * What the pain rules need of a session (aliased `l`), in one place for the charts, the roster, the
 * exports and the report alike: the baseline is that morning's check-in, else the latest check-in of the 2
 * days before, else the runner's usual pain (and the session says which); the next morning is the check-in
 * dated the day after; a session is "neural" when it holds a nerve glide that was done.
 */
export function sessionPainColumns(usualPain: SQL) {
  return sql`
    l.pain_during as "painDuring", l.pain_after as "painAfter",
    coalesce(before.pain, ${usualPain}) as baseline, before.days_before as "baselineDaysBefore",
    after.pain as "nextMorning", l.sudden_pain as "suddenPain", l.nerve_symptoms as "nerveSymptoms",
    exists (
      select 1 from exercise_results er
      join prescriptions p on p.id = er.prescription_id
      join exercises e on e.id = p.exercise_id
      where er.session_log_id = l.id and er.done and e.pain_rule = 'neural'
    ) as neural`;
}

// The index on morning_checkins (runner_id, date) serves the look-back.
export const sessionPainJoins = sql`
  left join lateral (
    select c.pain, (l.date - c.date) as days_before from morning_checkins c
    where c.runner_id = l.runner_id and c.date between l.date - ${RULE_DEFINITIONS.baselineLookbackDays}::int and l.date
    order by c.date desc limit 1
  ) before on true
  left join morning_checkins after on after.runner_id = l.runner_id and after.date = l.date + 1`;
