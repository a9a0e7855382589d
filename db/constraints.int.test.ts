import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/db";
import { violatedConstraint } from "@/db/errors";
import { createActivePlan, createCaseload, createExercise } from "@/testing/factories";

/*
 * The database itself refuses values outside the pain scale and the product's rules, even when the
 * application is bypassed with raw SQL.
 */
let db: Db;
let runnerId: string;
let clinicianId: string;

beforeAll(async () => {
  db = await getDb();
  const { runner, clinician } = await createCaseload(db);
  runnerId = runner.id;
  clinicianId = clinician.id;
});

function insertSession(values: { painDuring?: number; painAfter?: number; rpe?: number; duration?: number; kind?: string; distance?: number | null; clientId?: string }) {
  return db.execute(sql`
    insert into session_logs (runner_id, client_id, kind, date, duration_minutes, rpe, pain_during, pain_after, distance_km)
    values (${runnerId}, ${values.clientId ?? randomUUID()}, ${values.kind ?? "exercise"}, current_date, ${values.duration ?? 20},
            ${values.rpe ?? 4}, ${values.painDuring ?? 2}, ${values.painAfter ?? 2}, ${values.distance ?? null})`);
}

/** Resolves to the constraint the write violated (or "none" when it was stored). */
async function violation(write: Promise<unknown>) {
  try {
    await write;
    return "none";
  } catch (error) {
    return violatedConstraint(error);
  }
}

async function countSessions() {
  const result = (await db.execute(sql`select count(*)::int as n from session_logs where runner_id = ${runnerId}`)) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

describe("database constraints", () => {
  it("accepts pain at both ends of the 0-10 scale", async () => {
    const before = await countSessions();
    await insertSession({ painDuring: 0, painAfter: 10 });
    expect(await countSessions()).toBe(before + 1);
  });

  it.each([
    ["pain during 11", { painDuring: 11 }, "session_logs_pain_during_range"],
    ["pain during -1", { painDuring: -1 }, "session_logs_pain_during_range"],
    ["pain after 11", { painAfter: 11 }, "session_logs_pain_after_range"],
    ["RPE 11", { rpe: 11 }, "session_logs_rpe_range"],
    ["a 0-minute session", { duration: 0 }, "session_logs_duration_range"],
    ["a run without distance", { kind: "run", distance: null }, "session_logs_run_has_distance"],
    ["a 301 km run", { kind: "run", distance: 301 }, "session_logs_distance_range"],
  ])("rejects %s and stores nothing", async (_label, values, constraint) => {
    const before = await countSessions();
    expect(await violation(insertSession(values))).toBe(constraint);
    expect(await countSessions()).toBe(before);
  });

  it("rejects morning pain of 11 and -1", async () => {
    for (const pain of [11, -1]) {
      const write = db.execute(
        sql`insert into morning_checkins (runner_id, client_id, date, pain, stiffness) values (${runnerId}, ${randomUUID()}, current_date - 30, ${pain}, 2)`,
      );
      expect(await violation(write)).toBe("morning_checkins_pain_range");
    }
  });

  it("stores one session for a repeated client id (idempotent submits)", async () => {
    const clientId = randomUUID();
    await insertSession({ clientId });
    expect(await violation(insertSession({ clientId }))).toBe("session_logs_runner_client_unique");
  });

  it("allows one morning check-in per runner per day", async () => {
    await db.execute(sql`insert into morning_checkins (runner_id, client_id, date, pain, stiffness) values (${runnerId}, ${randomUUID()}, current_date - 1, 2, 2)`);
    const second = db.execute(
      sql`insert into morning_checkins (runner_id, client_id, date, pain, stiffness) values (${runnerId}, ${randomUUID()}, current_date - 1, 3, 3)`,
    );
    expect(await violation(second)).toBe("morning_checkins_runner_date_unique");
  });

  it("allows at most one active plan per runner", async () => {
    const exercise = await createExercise(db);
    await createActivePlan(db, { runnerId, clinicianId, items: [{ exerciseId: exercise.id }] });
    expect(await violation(createActivePlan(db, { runnerId, clinicianId, items: [{ exerciseId: exercise.id }] }))).toBe("plans_one_active_per_runner");
  });

  it("requires a prescription to have reps or a hold, not both", async () => {
    expect(await violation(createExercise(db, { defaultReps: 10, defaultHoldSeconds: 30 }))).toBe("exercises_reps_or_hold");
  });
});

describe("pain rules and calendars in the database", () => {
  const setRule = (column: string, value: number) =>
    db.execute(sql`insert into runner_pain_rules (runner_id, ${sql.identifier(column)}, reason, updated_by) values (${runnerId}, ${value}, 'test', ${clinicianId})
                   on conflict (runner_id) do update set ${sql.identifier(column)} = excluded.${sql.identifier(column)}`);

  it.each([
    ["a red limit of 11", "pain_during_red_above", 11, "runner_pain_rules_scores_range"],
    ["a negative amber limit", "pain_after_amber_above", -1, "runner_pain_rules_scores_range"],
    ["a morning rise of 0 as red", "morning_rise_red", 0, "runner_pain_rules_morning_rise_range"],
  ])("refuses %s", async (_label, column, value, constraint) => {
    expect(await violation(setRule(column, value))).toBe(constraint);
  });

  it("refuses an amber limit above the red limit on the same row", async () => {
    const write = db.execute(sql`insert into runner_pain_rules (runner_id, pain_during_amber_above, pain_during_red_above, reason, updated_by) values (${runnerId}, 6, 4, 'test', ${clinicianId})`);
    expect(await violation(write)).toBe("runner_pain_rules_during_ordered");
  });

  it("refuses an override without a reason", async () => {
    const write = db.execute(sql`insert into runner_pain_rules (runner_id, pain_during_red_above, reason, updated_by) values (${runnerId}, 3, '  ', ${clinicianId})`);
    expect(await violation(write)).toBe("runner_pain_rules_reason_present");
  });

  it("gives every new clinic its row of default limits", async () => {
    const name = `Clinic ${randomUUID()}`;
    await db.execute(sql`insert into clinics (name) values (${name})`);
    const result = (await db.execute(sql`select r.pain_during_red_above as red, r.load_ratio_danger::float8 as danger from clinic_pain_rules r join clinics c on c.id = r.clinic_id where c.name = ${name}`)) as unknown as { rows: { red: number; danger: number }[] };
    expect(result.rows).toEqual([{ red: 5, danger: 1.5 }]);
  });

  it("refuses a time zone that does not exist", async () => {
    await expect(db.execute(sql`update runner_profiles set time_zone = 'Mars/Olympus_Mons' where runner_id = ${runnerId}`)).rejects.toThrow();
    await db.execute(sql`update runner_profiles set time_zone = 'Pacific/Auckland' where runner_id = ${runnerId}`);
  });
});

describe("doses in the database", () => {
  let versionId: string;
  let exerciseId: string;
  beforeAll(async () => {
    const { runner, clinician } = await createCaseload(db);
    const exercise = await createExercise(db);
    exerciseId = exercise.id;
    const plan = await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, items: [{ exerciseId }] });
    versionId = plan.version.id;
  });
  const insert = (dose: string, days: number, weekdays: string, times = 1) =>
    db.execute(sql`insert into prescriptions (plan_version_id, exercise_id, sets, reps, hold_seconds, duration_seconds, days_per_week, weekdays, times_per_day, position)
                   select ${versionId}, ${exerciseId}, 2, d.reps, d.hold, d.duration, ${days}, ${weekdays}::smallint[], ${times}, 9
                   from (values ${sql.raw(dose)}) as d(reps, hold, duration)`);

  it.each([
    ["reps and a hold together", "(10::smallint, 30::smallint, null::smallint)", 7, "{}", 1, "prescriptions_one_dose"],
    ["no dose at all", "(null::smallint, null::smallint, null::smallint)", 7, "{}", 1, "prescriptions_one_dose"],
    ["three days a week on two weekdays", "(10::smallint, null::smallint, null::smallint)", 3, "{1,3}", 1, "prescriptions_weekdays_match_days"],
    ["Monday three times", "(10::smallint, null::smallint, null::smallint)", 3, "{1,1,1}", 1, "prescriptions_weekdays_match_days"],
    ["five times a day", "(10::smallint, null::smallint, null::smallint)", 7, "{}", 5, "prescriptions_times_range"],
  ])("refuses %s", async (_label, dose, days, weekdays, times, constraint) => {
    expect(await violation(insert(dose, days, weekdays, times))).toBe(constraint);
  });

  it("accepts a timed interval on chosen weekdays, twice a day", async () => {
    expect(await violation(insert("(null::smallint, null::smallint, 180::smallint)", 3, "{1,3,5}", 2))).toBe("none");
  });
});
