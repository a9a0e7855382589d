import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { morningCheckins, runnerProfiles, sessionLogs } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { createRunnerWithPlan, expect, signIn, test } from "../fixtures";

/** Seeds daily history for a runner: a run and a check-in every day for `days` days. */
async function history(db: Parameters<typeof createRunnerWithPlan>[0], runnerId: string, days: number) {
  await db.update(runnerProfiles).set({ startDate: addDaysIso(today(), -days) }).where(eq(runnerProfiles.runnerId, runnerId));
  const dates = Array.from({ length: days }, (_, i) => addDaysIso(today(), -days + i));
  for (let i = 0; i < dates.length; i += 500) {
    const chunk = dates.slice(i, i + 500);
    await db.insert(sessionLogs).values(chunk.map((date, j) => ({ runnerId, clientId: randomUUID(), kind: "run" as const, date, durationMinutes: 30, rpe: 4, painDuring: (i + j) % 4, painAfter: 2, distanceKm: 5 })));
    await db.insert(morningCheckins).values(chunk.map((date) => ({ runnerId, clientId: randomUUID(), date, pain: 1, stiffness: 1 })));
  }
}

/** Median time for the server to render and stream the whole progress page, all charts included. */
async function medianServerTime(page: Page, range: string, rounds = 7) {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const response = await page.request.get(`/progress?range=${range}`);
    await response.body();
    expect(response.status()).toBe(200);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

/*
 * History length must not cost time: every query is bounded by the chosen range. The assertion holds the
 * data in range equal (4 weeks: 28 days of points for both runners); the 12-week range, where the long
 * history has 84 days of points against 30, is measured and reported alongside.
 */
test("two years of daily logs render as quickly as a month (within 1.5x)", async ({ browser, db }) => {
  const year2 = await createRunnerWithPlan(db);
  const month = await createRunnerWithPlan(db);
  await history(db, year2.runner.id, 730);
  await history(db, month.runner.id, 30);
  const time = async (who: { email: string; password: string }, range: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, who);
    await medianServerTime(page, range, 3); // warm up
    const median = await medianServerTime(page, range);
    await context.close();
    return median;
  };
  const report = (range: string, long: number, short: number) =>
    test.info().annotations.push({ type: `progress page server time, ${range}`, description: `730 days: ${long.toFixed(0)} ms, 30 days: ${short.toFixed(0)} ms, ratio ${(long / short).toFixed(2)}` });
  const monthMs = await time(month.runner, "4w");
  const twoYearsMs = await time(year2.runner, "4w");
  report("4 weeks", twoYearsMs, monthMs);
  report("12 weeks", await time(year2.runner, "12w"), await time(month.runner, "12w"));
  expect(twoYearsMs / monthMs).toBeLessThanOrEqual(1.5);
});
