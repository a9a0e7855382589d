import { eq, inArray } from "drizzle-orm";
import type { Locator } from "@playwright/test";
import { exerciseResults, exercises, morningCheckins, sessionLogs } from "@/db/schema";
import type { Presentation } from "@/db/schema";
import type { Db } from "@/db";
import { addDaysIso, today } from "@/lib/dates";
import { createActivePlan, createClinic, createRunnerInCare, createUser } from "@/testing/factories";
import { demo, expect, test } from "../support/fixtures";
import { fillRun } from "./helpers";

/*
 * What a runner does every day, on a 360 px phone, counted in steps rather than timed: every tap on a
 * control and every field typed in is one step, so the count means the same on any machine.
 */
function steps() {
  let count = 0;
  return {
    tap: async (control: Locator) => {
      count++;
      await control.click();
    },
    tick: async (control: Locator) => {
      count++;
      await control.check();
    },
    get count() {
      return count;
    },
  };
}

async function freshRunner(db: Db, presentation: Presentation, exerciseNames: string[]) {
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const start = addDaysIso(today(), -10);
  const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: start, presentation });
  const library = await db.select({ id: exercises.id }).from(exercises).where(inArray(exercises.name, exerciseNames));
  expect(library).toHaveLength(exerciseNames.length);
  await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, startDate: start, items: library.map((e) => ({ exerciseId: e.id })) });
  return runner;
}

test("the morning check-in of a runner with back-related pain saves in two taps and Save: pain, then 'None of these are new'", async ({ page, db, signIn }) => {
  const runner = await freshRunner(db, "referred_lumbar", ["Prone press-up"]);
  await signIn(runner);
  await page.goto("/check-in");
  const step = steps();
  // Pain comes first; the safety signs are listed below it for the runner to read.
  await step.tick(page.getByRole("radiogroup", { name: "Pain this morning" }).getByRole("radio", { name: "2", exact: true }));
  await expect(page.getByRole("checkbox").nth(1)).toBeVisible();
  await step.tick(page.getByRole("checkbox", { name: "None of these are new" }));
  await step.tap(page.getByRole("button", { name: "Save check-in" }));
  await expect(page).toHaveURL(/\/today\?checkedIn=1/);
  expect(step.count).toBe(3);
  test.info().annotations.push({ type: "morning check-in", description: `${step.count} steps including Save` });
  const stored = await db.select({ pain: morningCheckins.pain, stiffness: morningCheckins.stiffness }).from(morningCheckins).where(eq(morningCheckins.runnerId, runner.id));
  expect(stored).toEqual([{ pain: 2, stiffness: null }]);
});

test("a four-exercise session logs in at most 8 steps: a tick per exercise, pain during, pain after, effort and Save", async ({ page, db, signIn }) => {
  const runner = await freshRunner(db, "tight_hamstrings", ["Glute bridge", "Single-leg bridge", "Isometric hamstring hold (heel dig)", "Standing hamstring stretch"]);
  await signIn(runner);
  await page.getByRole("link", { name: "Log exercises" }).click();
  await expect(page.getByRole("heading", { name: "Log exercises" })).toBeVisible();
  const step = steps();
  const checklist = page.getByRole("group", { name: "Today's exercises" });
  // Each row shows the exercise's drawing (decorative: the name beside it says what it is) and its one-tap box.
  await expect(checklist.locator("img")).toHaveCount(4);
  await expect(checklist.locator("img").first()).toBeVisible();
  for (const box of await checklist.getByRole("checkbox").all()) await step.tick(box);
  await step.tick(page.getByRole("radiogroup", { name: "Pain during the exercises" }).getByRole("radio", { name: "1", exact: true }));
  await step.tick(page.getByRole("radiogroup", { name: "Pain after the session" }).getByRole("radio", { name: "2", exact: true }));
  await step.tick(page.getByRole("radiogroup", { name: "Effort (RPE)" }).getByRole("radio", { name: "7", exact: true }));
  await step.tap(page.getByRole("button", { name: "Save session" }));
  await expect(page).toHaveURL(/\/today\?logged=/);
  expect(step.count).toBeLessThanOrEqual(8);
  test.info().annotations.push({ type: "four-exercise session", description: `${step.count} steps including Save` });

  const [log] = await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id));
  expect([log!.kind, log!.painDuring, log!.painAfter, log!.rpe, log!.durationMinutes]).toEqual(["exercise", 1, 2, 7, 30]);
  // Done at the prescribed dose (2 x 10 in this plan), with no pain score of their own unless opened.
  const results = await db.select().from(exerciseResults).where(eq(exerciseResults.sessionLogId, log!.id));
  expect(results.map((r) => [r.done, r.sets, r.reps, r.painDuring])).toEqual(Array(4).fill([true, 2, 10, null]));
});

test("the bottom tab bar marks the page the runner is on", async ({ page, signIn }) => {
  await signIn(demo.alex);
  const tabs = page.getByRole("navigation", { name: "Main" });
  await expect(tabs.getByRole("link")).toHaveText(["Today", "Log", "Progress", /^Messages/, "More"]);
  const current = tabs.locator('[aria-current="page"]');
  await page.goto("/today");
  await expect(current).toHaveText("Today");
  for (const [tab, path] of [["Log", "/log"], ["Progress", "/progress"], ["More", "/more"]] as const) {
    await tabs.getByRole("link", { name: tab }).click();
    await expect(page).toHaveURL(path);
    await expect(current).toHaveText(tab);
  }
  // A page reached from a tab's list still marks its tab.
  await page.getByRole("list", { name: "More pages" }).getByRole("link", { name: /^Settings/ }).click();
  await expect(page).toHaveURL("/settings");
  await expect(current).toHaveText("More");
  // The tab bar stays on the screen, and fits it.
  await expect(tabs.getByRole("link", { name: "More" })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("the first Tab reaches 'Skip to content', which moves focus past the navigation", async ({ page, signIn }) => {
  await signIn(demo.alex);
  await page.goto("/today");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#content")).toBeFocused();
});

test("a field's error clears as soon as the field holds a valid value", async ({ page, signIn }) => {
  await signIn(demo.alex);
  await page.goto("/log/run");
  await fillRun(page, { km: "", minutes: "25", during: 1, after: 1, rpe: 4 });
  await page.getByRole("button", { name: "Save run" }).click();
  const distance = page.getByLabel("Distance (km)");
  await expect(distance).toHaveAccessibleDescription(/Enter the distance/);
  await distance.fill("4.2");
  await expect(distance).not.toHaveAccessibleDescription(/Enter the distance/);
  await expect(page.getByText("Enter the distance")).toHaveCount(0);
  // Cleared by typing, not by a second save: the runner is still on the form.
  await expect(page).toHaveURL(/\/log\/run/);
});
