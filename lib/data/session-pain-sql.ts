import "server-only";
import { type SQL, sql } from "drizzle-orm";

/*
 * What the pain rules need of a session (aliased `l`), in one place for the charts and the roster alike:
 * the baseline is that morning's check-in (else the runner's usual pain), the next morning is the check-in
 * dated the day after, and a session is "neural" when it holds a nerve glide that was done.
 */
export function sessionPainColumns(usualPain: SQL) {
  return sql`
    l.pain_during as "painDuring", l.pain_after as "painAfter",
    coalesce(before.pain, ${usualPain}) as baseline, after.pain as "nextMorning",
    exists (
      select 1 from exercise_results er
      join prescriptions p on p.id = er.prescription_id
      join exercises e on e.id = p.exercise_id
      where er.session_log_id = l.id and er.done and e.pain_rule = 'neural'
    ) as neural`;
}

export const sessionPainJoins = sql`
  left join morning_checkins before on before.runner_id = l.runner_id and before.date = l.date
  left join morning_checkins after on after.runner_id = l.runner_id and after.date = l.date + 1`;
