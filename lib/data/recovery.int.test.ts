import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { morningCheckins, runnerSeries, sessionLogs } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { actorOf, createCaseload, createRunnerInCare, type TestUser } from "@/testing/factories";
import { NotFoundError } from "@/lib/errors";
import { createRunLog } from "./logs";
import { saveCheckin } from "./checkins";
import { setRunnerPainRules } from "./pain-rules";
import { getPainOverview, getRunningBlocks } from "./recovery";

/*
 * The "all" range of a long rehab is kept between views (lib/data/series-cache). What a clinician or a
 * runner must never see is a kept series that no longer matches the records: every write to the inputs
 * of a light, and every new day, has to show on the next view.
 */

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const pinned = process.env.STRIDEBACK_NOW;
afterEach(() => {
  if (pinned === undefined) delete process.env.STRIDEBACK_NOW;
  else process.env.STRIDEBACK_NOW = pinned;
  delete process.env.STRIDEBACK_CODE_REVISION;
});

/** A runner 20 weeks into rehab with a quiet run (pain 1 / 1, next morning 0) every 4 days: drawn a week to a point. */
async function longRehab() {
  const { clinic, clinician } = await createCaseload(db);
  const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: addDaysIso(today(), -140) });
  const days = Array.from({ length: 35 }, (_, i) => addDaysIso(today(), -4 * i - 2));
  await db.insert(sessionLogs).values(days.map((date) => ({ runnerId: runner.id, clientId: randomUUID(), kind: "run" as const, date, durationMinutes: 30, rpe: 4, painDuring: 1, painAfter: 1, distanceKm: 5 })));
  await db.insert(morningCheckins).values(days.map((date) => ({ runnerId: runner.id, clientId: randomUUID(), date: addDaysIso(date, 1), pain: 0, stiffness: 1 })));
  return { clinic, clinician, runner };
}

async function lastWeek(actor: ReturnType<typeof actorOf>, runnerId: string) {
  const { points } = await getPainOverview(actor, runnerId, "all");
  if (points.kind !== "weeks") throw new Error("20 weeks are drawn a week to a point");
  return points.weeks.at(-1)!;
}

const stored = async (runner: TestUser, series: string) =>
  (await db.select().from(runnerSeries).where(and(eq(runnerSeries.runnerId, runner.id), eq(runnerSeries.series, series))))[0];

describe('the "all" range, kept between views', () => {
  it("is kept once computed, and the kept series is what the next view shows", async () => {
    const { clinician, runner } = await longRehab();
    const first = await getPainOverview(actorOf(clinician), runner.id, "all");
    expect(first.points.kind).toBe("weeks");
    const kept = await stored(runner, "pain");
    expect(kept?.day).toBe(today());
    // Marked in the kept row only: if the next view recomputed instead of reading it, the mark would be gone.
    await db.update(runnerSeries).set({ value: sql`jsonb_set(value, '{summary}', '"kept"')` }).where(and(eq(runnerSeries.runnerId, runner.id), eq(runnerSeries.series, "pain")));
    expect((await getPainOverview(actorOf(runner), runner.id, "all")).summary).toBe("kept");
  });

  it("shows a new session, a next-morning answer and a stricter limit on the very next view", async () => {
    const { clinician, runner } = await longRehab();
    expect(await lastWeek(actorOf(clinician), runner.id)).toMatchObject({ light: "green", during: 1 });

    // A run with pain 4 after: amber under the clinic's limits, provisional until tomorrow's check-in.
    await createRunLog(actorOf(runner), { clientId: randomUUID(), date: today(), distanceKm: 5, durationMinutes: 30, rpe: 4, painDuring: 3, painAfter: 4, notes: "" });
    expect(await lastWeek(actorOf(clinician), runner.id)).toMatchObject({ light: "amber", during: 3, after: 4 });

    // A stricter limit set for this runner makes the same pain red.
    await setRunnerPainRules(actorOf(clinician), runner.id, { painDuringRedAbove: 2, painDuringAmberAbove: 1, reason: "Recent grade 2 tear" });
    expect(await lastWeek(actorOf(runner), runner.id)).toMatchObject({ light: "red" });
  });

  it("turns with the runner's day: a kept series from yesterday is computed again", async () => {
    const { runner } = await longRehab();
    process.env.STRIDEBACK_NOW = `${addDaysIso(today(), -1)}T12:00:00Z`;
    const yesterday = await getRunningBlocks(actorOf(runner), runner.id, "all");
    expect((await stored(runner, "running"))?.day).toBe(today());
    process.env.STRIDEBACK_NOW = `${addDaysIso(today(), 1)}T12:00:00Z`;
    const now = await getRunningBlocks(actorOf(runner), runner.id, "all");
    // Rolling 7-day blocks end on the runner's today.
    expect(now.at(-1)!.end).toBe(addDaysIso(yesterday.at(-1)!.end, 1));
    expect((await stored(runner, "running"))?.day).toBe(today());
  });

  it("is computed again by a new release, which may judge differently, though nothing else changed", async () => {
    const { clinician, runner } = await longRehab();
    await getPainOverview(actorOf(clinician), runner.id, "all");
    // What an earlier release concluded, marked so that a read of it shows.
    await db.update(runnerSeries).set({ value: sql`jsonb_set(value, '{summary}', '"from the last release"')` }).where(and(eq(runnerSeries.runnerId, runner.id), eq(runnerSeries.series, "pain")));
    expect((await getPainOverview(actorOf(clinician), runner.id, "all")).summary).toBe("from the last release");
    process.env.STRIDEBACK_CODE_REVISION = "the-next-release";
    expect((await getPainOverview(actorOf(clinician), runner.id, "all")).summary).not.toBe("from the last release");
    expect((await stored(runner, "pain"))?.revision).toBe("the-next-release");
  });

  it("is still not found for a clinician of another clinic, and for another runner, once kept", async () => {
    const { clinician, runner } = await longRehab();
    await getPainOverview(actorOf(clinician), runner.id, "all");
    const outsider = await createCaseload(db);
    await expect(getPainOverview(actorOf(outsider.clinician), runner.id, "all")).rejects.toThrow(NotFoundError);
    await expect(getPainOverview(actorOf(outsider.runner), runner.id, "all")).rejects.toThrow(NotFoundError);
    await expect(getRunningBlocks(actorOf(outsider.clinician), runner.id, "all")).rejects.toThrow(NotFoundError);
  });

  it("shows a morning check-in that changes yesterday's light", async () => {
    const { runner } = await longRehab();
    const yesterday = addDaysIso(today(), -1);
    await createRunLog(actorOf(runner), { clientId: randomUUID(), date: yesterday, distanceKm: 5, durationMinutes: 30, rpe: 4, painDuring: 1, painAfter: 1, notes: "" });
    expect(await lastWeek(actorOf(runner), runner.id)).toMatchObject({ light: "green", morning: 0 });
    // Morning pain 4 against yesterday morning's 0: a rise of 4 points, red by the 24-hour rule.
    await saveCheckin(actorOf(runner), { clientId: randomUUID(), date: today(), pain: 4, stiffness: 2, screen: { asked: ["foot-drop"], signs: [] } });
    expect(await lastWeek(actorOf(runner), runner.id)).toMatchObject({ light: "red", morning: 4 });
  });
});
