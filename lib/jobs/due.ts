import "server-only";
import { sql } from "drizzle-orm";
import { type Queryable, selectRows } from "@/db";

/*
 * What is due at one instant, for the reminder tick. The worker acts for nobody in particular, so this is
 * not a lib/data function: it names people by id only, and what is sent to them is composed later, from
 * their own records, by the delivery. Each person's clock is their own zone's (a runner's profile, a
 * clinician's reminder settings), and a reminder is due in the two hours after its time, so a worker that
 * was down for a while still sends this morning's check-in reminder, but never yesterday's.
 */
export type DueKind = "exercise" | "checkin" | "nudge" | "digest";
export interface Due {
  userId: string;
  kind: DueKind;
  /** The occasion it is for: the runner's day, or for a nudge the day of the last log. */
  occasion: string;
}

/** No log for this many whole days before today, and the runner hears from us once, on the next morning. */
export const NUDGE_AFTER_DAYS = 3;
const WINDOW = sql`interval '2 hours'`;

export async function findDue(db: Queryable, at: Date): Promise<Due[]> {
  const instant = at.toISOString();
  // Someone with email off is still reached on a phone where they turned notifications on.
  const reachable = sql`(coalesce(rs.email, true) or exists (select 1 from push_subscriptions ps where ps.user_id = u.id))`;
  const inWindow = (clock: unknown, setting: unknown) => sql`(${clock} - ${setting}) between interval '0' and ${WINDOW}`;
  return selectRows<Due>(db, sql`
    with runner as (
      select u.id, rp.start_date, rs.exercise_days, rs.exercise_time, rs.checkin_reminder, rs.wake_time, rs.nudge,
             l.local::date as day, l.local::time as clock, extract(isodow from l.local)::int as dow
      from users u
      join runner_profiles rp on rp.runner_id = u.id
      left join reminder_settings rs on rs.user_id = u.id
      cross join lateral (select ${instant}::timestamptz at time zone rp.time_zone as local) l
      where u.role = 'runner' and u.password_hash is not null and u.deactivated_at is null and rp.discharged_on is null and ${reachable}
    ), due as (
      select r.id, 'exercise' as kind, r.day::text as occasion
      from runner r
      where coalesce(r.exercise_days, 0) & (1 << (r.dow - 1)) <> 0
        and ${inWindow(sql`r.clock`, sql`r.exercise_time`)}
        and exists (select 1 from plans p where p.runner_id = r.id and p.status = 'active')
        and not exists (select 1 from session_logs s where s.runner_id = r.id and s.date = r.day and s.kind = 'exercise')
      union all
      select r.id, 'checkin', r.day::text
      from runner r
      where coalesce(r.checkin_reminder, true)
        and ${inWindow(sql`r.clock`, sql`coalesce(r.wake_time, time '07:00')`)}
        and exists (select 1 from session_logs s where s.runner_id = r.id and s.date = r.day - 1)
        and not exists (select 1 from morning_checkins c where c.runner_id = r.id and c.date = r.day)
      union all
      select r.id, 'nudge', last.day::text
      from runner r
      cross join lateral (select greatest(
        r.start_date - 1,
        (select max(s.date) from session_logs s where s.runner_id = r.id),
        (select max(c.date) from morning_checkins c where c.runner_id = r.id)) as day) last
      where coalesce(r.nudge, true)
        and ${inWindow(sql`r.clock`, sql`coalesce(r.wake_time, time '07:00')`)}
        and last.day < r.day - ${NUDGE_AFTER_DAYS}::int
      union all
      select u.id, 'digest', (${instant}::timestamptz at time zone coalesce(rs.time_zone, 'UTC'))::date::text
      from users u
      left join reminder_settings rs on rs.user_id = u.id
      where u.role = 'clinician' and u.deactivated_at is null and coalesce(rs.digest, true) and ${reachable}
        and ${inWindow(sql`(${instant}::timestamptz at time zone coalesce(rs.time_zone, 'UTC'))::time`, sql`coalesce(rs.digest_time, time '07:30')`)}
    )
    select due.id as "userId", due.kind, due.occasion
    from due
    where not exists (select 1 from deliveries d where d.user_id = due.id and d.kind = due.kind and d.occasion = due.occasion)
    order by due.id, due.kind`);
}
