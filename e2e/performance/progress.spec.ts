import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { morningCheckins, runnerProfiles, sessionLogs } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";

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

const points = (page: Page) => page.getByRole("region", { name: "Pain over time" }).locator("circle.session-point");

/*
 * A range bounds what the page fetches and draws: two years of history outside the last four weeks add no
 * point to the four-week chart. How long the pages take is measured by `npm run bench`, not asserted here.
 */
test("two years of daily logs draw the same four-week chart as one month does, and a week to a point on \"all\"", async ({ browser, db }) => {
  test.setTimeout(120_000);
  const year2 = await createRunnerWithPlan(db);
  const month = await createRunnerWithPlan(db);
  await history(db, year2.runner.id, 730);
  await history(db, month.runner.id, 30);
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const [longPage, shortPage] = await Promise.all(contexts.map((c) => c.newPage()));
  await signIn(longPage!, year2.runner);
  await signIn(shortPage!, month.runner);
  for (const page of [longPage!, shortPage!]) await page.goto("/progress?range=4w");
  // The last 28 days, one run a day (today has none yet).
  await expect(points(shortPage!)).toHaveCount(27);
  await expect(points(longPage!)).toHaveCount(27);
  // "All" of two years draws each week's worst: 105 weeks ending today, not 730 sessions; the table agrees.
  await longPage!.goto("/progress?range=all");
  const pain = longPage!.getByRole("region", { name: "Pain over time" });
  await expect(points(longPage!)).toHaveCount(105);
  await expect(pain.getByText(/Each point is the worst of a week/)).toBeVisible();
  await pain.getByRole("link", { name: "Show as table" }).click();
  await expect(pain.getByRole("table").locator("tbody tr")).toHaveCount(105);
  // Pain during cycles 0-3 every day, so every full week's worst is 3.
  await expect(pain.getByRole("table").locator("tbody tr").nth(50).locator("td").nth(2)).toHaveText("3");
  await Promise.all(contexts.map((c) => c.close()));
});
