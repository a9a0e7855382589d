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

/** Time for the server to render and stream the whole progress page, all charts included. */
async function serverTime(page: Page, range: string) {
  const start = performance.now();
  const response = await page.request.get(`/progress?range=${range}`);
  await response.body();
  expect(response.status()).toBe(200);
  return performance.now() - start;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

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
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [longPage, shortPage] = await Promise.all(contexts.map((c) => c.newPage()));
  await signIn(longPage!, year2.runner);
  await signIn(shortPage!, month.runner);
  // Requests alternate between the two runners, so load on the machine falls on both alike.
  const measure = async (range: string, rounds = 9) => {
    for (let i = 0; i < 2; i++) await Promise.all([serverTime(longPage!, range), serverTime(shortPage!, range)]); // warm up
    const long: number[] = [];
    const short: number[] = [];
    for (let i = 0; i < rounds; i++) {
      long.push(await serverTime(longPage!, range));
      short.push(await serverTime(shortPage!, range));
    }
    const [l, s] = [median(long), median(short)];
    test.info().annotations.push({ type: `progress page server time, ${range}`, description: `730 days: ${l.toFixed(0)} ms, 30 days: ${s.toFixed(0)} ms, ratio ${(l / s).toFixed(2)}` });
    return l / s;
  };
  const ratio = await measure("4w");
  await measure("12w");
  await Promise.all(contexts.map((c) => c.close()));
  expect(ratio).toBeLessThanOrEqual(1.5);
});
