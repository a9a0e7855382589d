/*
 * The benchmark's clinic, written by PostgreSQL itself with generate_series (no row crosses the wire):
 * `runners` runners with `days` days of history each, 300 to a clinician, every row through the same
 * constraints, indexes and triggers the application relies on. Each runner exercises every day (three
 * prescriptions, the third every other day), runs on two days of seven, and checks in on about 85 % of
 * mornings; some runners hurt lately, some stopped logging, a few have an open red flag, so the roster
 * has every status to rank.
 */
import pg from "pg";

export interface Cohort {
  /** Email prefix: runner i signs in as `${prefix}.runner${i}@bench.test`. */
  prefix: string;
  runners: number;
  days: number;
  /** The clinician whose care the cohort joins (created when missing); otherwise 300 runners to each new clinician. */
  clinicianEmail?: string;
}

const BENCH_CLINIC = "Bench clinic";
export const runnerEmail = (prefix: string, i: number) => `${prefix}.runner${i}@bench.test`;
export const clinicianEmail = (prefix: string, k: number) => `${prefix}.clinician${k}@bench.test`;

const FIRST = ["Ada", "Ben", "Cleo", "Dev", "Esme", "Finn", "Gita", "Hugo", "Ines", "Jon", "Kira", "Liam", "Mina", "Noor", "Otto", "Pia", "Quinn", "Rosa", "Sami", "Tess"];
const LAST = ["Okafor", "Hughes", "Nakamura", "Silva", "Brennan", "Kowalski", "Haddad", "Lindqvist", "Moreau", "Patel", "Reyes", "Schmidt", "Tanaka", "Walsh", "Yilmaz"];
const ZONES = ["Europe/London", "Pacific/Auckland", "America/New_York", "Europe/Berlin", "Australia/Sydney", "America/Los_Angeles"];
const sqlArray = (items: string[]) => `array[${items.map((s) => `'${s}'`).join(",")}]`;

export async function createCohort(client: pg.Client, cohort: Cohort, passwordHash: string): Promise<void> {
  const { prefix, runners, days } = cohort;
  await client.query("set synchronous_commit = off");
  await client.query("begin");
  await client.query(`insert into clinics (name, phone) select $1, '01632 960999' where not exists (select 1 from clinics where name = $1)`, [BENCH_CLINIC]);
  const clinic = (await client.query<{ id: string }>(`select id from clinics where name = $1`, [BENCH_CLINIC])).rows[0]!.id;
  await client.query(`insert into clinic_pain_rules (clinic_id) values ($1) on conflict do nothing`, [clinic]);
  const clinicianCount = Math.ceil(runners / 300);
  const clinicianEmails = cohort.clinicianEmail ? [cohort.clinicianEmail] : Array.from({ length: clinicianCount }, (_, k) => clinicianEmail(prefix, k));
  await client.query(
    `insert into users (email, name, password_hash, role, clinic_id)
     select e, 'Clinician ' || e, $2, 'clinician', $1 from unnest($3::text[]) e on conflict (email) do nothing`,
    [clinic, passwordHash, clinicianEmails],
  );
  await client.query(`create temp table cohort_clinicians on commit drop as
    select row_number() over (order by ord) - 1 as k, u.id from unnest($1::text[]) with ordinality as x(e, ord) join users u on u.email = x.e`, [clinicianEmails]);
  // The runners, their profiles and their care team.
  await client.query(
    `create temp table cohort on commit drop as
     select i, gen_random_uuid() as id, (select id from cohort_clinicians where k = ${cohort.clinicianEmail ? 0 : "i / 300"}) as clinician_id
     from generate_series(0, $1::int - 1) i`,
    [runners],
  );
  await client.query(
    `insert into users (id, email, name, password_hash, role, clinic_id)
     select id, '${prefix}.runner' || i || '@bench.test',
            (${sqlArray(FIRST)})[i % ${FIRST.length} + 1] || ' ' || (${sqlArray(LAST)})[(i / ${FIRST.length}) % ${LAST.length} + 1] || ' ' || i,
            $1, 'runner', $2
     from cohort`,
    [passwordHash, clinic],
  );
  await client.query(
    `insert into runner_profiles (runner_id, presentation, affected_side, start_date, usual_pain, time_zone)
     select id, (enum_range(null::presentation))[i % 5 + 1], (enum_range(null::affected_side))[i % 3 + 1],
            current_date - ${days}, i % 3, (${sqlArray(ZONES)})[i % ${ZONES.length} + 1]
     from cohort`,
  );
  await client.query(`insert into care_team (clinician_id, runner_id) select clinician_id, id from cohort`);
  // One active plan each: a first phase of three prescriptions from the library, and a second phase waiting
  // for its criteria (so the roster judges progression for everyone, as a clinic of phased plans would).
  await client.query(`create temp table cohort_plans on commit drop as
    select c.id as runner_id, c.clinician_id, gen_random_uuid() as plan_id, gen_random_uuid() as version_id, gen_random_uuid() as next_id from cohort c`);
  await client.query(`insert into plans (id, runner_id, title, start_date, created_by)
    select plan_id, runner_id, 'Hamstring return to run', current_date - ${days}, clinician_id from cohort_plans`);
  await client.query(`insert into plan_versions (id, plan_id, version, effective_from, created_by, phase, phase_label, min_days, began_because)
    select version_id, plan_id, 1, current_date - ${days}, clinician_id, 1, 'Weeks 1-2', 14, 'Began with the plan' from cohort_plans
    union all
    select next_id, plan_id, 2, current_date - ${days} + 14, clinician_id, 2, 'Weeks 3-4', 14, '' from cohort_plans`);
  await client.query(`update plan_versions set waiting = true where id in (select next_id from cohort_plans)`);
  await client.query(`insert into prescriptions (plan_version_id, exercise_id, sets, reps, days_per_week, position)
    select v.id, e.id, 2, 10 + v.extra, 7, e.position from (select version_id as id, 0 as extra from cohort_plans union all select next_id, 2 from cohort_plans) v
    cross join (select id, row_number() over (order by name) as position from exercises where clinic_id is null and category <> 'running' order by name limit 3) e`);
  // The history. Pain is a deterministic hash of (runner, day); every 11th runner has hurt for five days,
  // every 17th stopped logging three weeks ago.
  await client.query(`create temp table cohort_days on commit drop as
    select c.id as runner_id, c.i, d, current_date - ${days} + d as date, cp.version_id,
           abs(hashtext(c.id::text || d)) % 4 + case when c.i % 11 = 0 and d >= ${days} - 5 then 4 else 0 end as pain
    from cohort c join cohort_plans cp on cp.runner_id = c.id
    cross join generate_series(0, ${days} - 1) d
    where not (c.i % 17 = 0 and d >= ${days} - 21)`);
  await client.query(`insert into session_logs (runner_id, client_id, kind, date, duration_minutes, rpe, pain_during, pain_after, plan_version_id)
    select runner_id, gen_random_uuid(), 'exercise', date, 20, 3, pain, greatest(pain - 1, 0), version_id from cohort_days`);
  await client.query(`insert into session_logs (runner_id, client_id, kind, date, duration_minutes, rpe, pain_during, pain_after, distance_km)
    select runner_id, gen_random_uuid(), 'run', date, 25 + (d % 5) * 5, 4 + d % 3, pain, pain, 4 + (d % 4)
    from cohort_days where (i + d) % 7 in (1, 4)`);
  await client.query(`insert into exercise_results (session_log_id, prescription_id, done, sets, reps, pain_during)
    select l.id, p.id, true, 2, 10, l.pain_during
    from session_logs l join cohort c on c.id = l.runner_id
    join prescriptions p on p.plan_version_id = l.plan_version_id
    where l.kind = 'exercise' and (p.position <= 2 or (l.date - date '2000-01-01') % 2 = 0)`);
  await client.query(`insert into morning_checkins (runner_id, client_id, date, pain, stiffness)
    select runner_id, gen_random_uuid(), date, greatest(pain - 1, 0), 1 from cohort_days where abs(hashtext(runner_id::text || 'm' || d)) % 20 >= 3`);
  await client.query(`insert into red_flag_reports (runner_id, client_id, source, asked, signs, urgency, reported_by)
    select id, gen_random_uuid(), 'worry', array['saddle-numbness'], array['saddle-numbness'], 'emergency', id from cohort where i % 250 = 7`);
  // One earlier episode of care each, discharged before this one began: what the clinic's outcomes page
  // adds up. Its figures vary by runner (some never pain-free, some without a second fill of a measure).
  await client.query(`insert into plan_templates (clinic_id, name, presentation)
    select $1, t, null from unnest(array['Bench glides first', 'Bench loading', 'Bench return to run']) t on conflict do nothing`, [clinic]);
  await client.query(`insert into episodes (runner_id, clinic_id, started_on, discharged_on, discharged_by, presentation, template_id, template_name, care_team,
      days_to_pain_free, sessions_done, sessions_prescribed, red_flags, lefs_first, lefs_last, psfs_first, psfs_last, groc, body)
    select c.id, $1, current_date - ${days} - 200 + (i % 60), current_date - ${days} - 30 - (i % 20), c.clinician_id, p.presentation,
           case when i % 4 = 3 then null else t.id end, case when i % 4 = 3 then null else t.name end, array[c.clinician_id],
           case when i % 5 = 0 then null else 7 * (2 + i % 9) end, 40 + i % 50, 84, case when i % 40 = 0 then 1 else 0 end,
           30 + i % 20, case when i % 3 = 0 then null else 38 + i % 30 end, (20 + i % 30) / 10.0, case when i % 3 = 1 then null else (40 + i % 60) / 10.0 end,
           (i % 13) - 5, '{}'::jsonb
    from cohort c join runner_profiles p on p.runner_id = c.id
    join lateral (select id, name from plan_templates where clinic_id = $1 and name like 'Bench %' order by name offset (c.i % 3) limit 1) t on true`, [clinic]);
  await client.query("commit");
}

export async function analyze(client: pg.Client) {
  await client.query("vacuum analyze");
}
