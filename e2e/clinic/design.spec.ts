import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { exercises, messages, runnerProfiles, sessionLogs } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { createActivePlan, createExercise, createRunnerInCare } from "@/testing/factories";
import { createRunnerWithPlan, demo, expect, test } from "../support/fixtures";
import { seriousViolations } from "../support/axe";
import { openSection } from "../support/sections";

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

test("a runner's page opens on status, trend and messages: all three start above the fold on a desktop and a phone", async ({ page, db, signIn }) => {
  const { clinician, runner } = await createRunnerWithPlan(db);
  // A working day's record: a red run yesterday (reasons, and a next action) and a message from the runner.
  await db.insert(sessionLogs).values({ runnerId: runner.id, clientId: randomUUID(), kind: "run", date: addDaysIso(today(), -1), durationMinutes: 30, rpe: 6, painDuring: 3, painAfter: 7, distanceKm: 5 });
  await db.insert(messages).values({ runnerId: runner.id, authorId: runner.id, clientId: randomUUID(), body: "The back of my thigh ached after the run." });
  await signIn(clinician);
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await page.goto(`/clinic/runners/${runner.id}`);
    await expect(page.getByRole("region", { name: "Status" })).toContainText("Red");
    for (const name of ["Status", "Pain and load", /^Messages/]) {
      await expect(page.getByRole("region", { name }).getByRole("heading", { name })).toBeInViewport({ ratio: 1 });
    }
    await expect(page.getByRole("region", { name: /^Messages/ }).getByText("The back of my thigh ached")).toBeVisible();
  }
  // The last 14 days scroll within a region a keyboard can reach, and axe agrees with the whole page.
  await page.setViewportSize(DESKTOP);
  await expect(page.getByRole("region", { name: "Recent logs, scrollable" })).toHaveAttribute("tabindex", "0");
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  expect(await seriousViolations(page)).toEqual([]);
});

// Every clinic page, in groups that run side by side, each for a fresh clinician with a runner and an exercise of their own.
const CLINIC_PAGES = [
  ["/clinic", "/clinic/messages", "/clinic/library", "/clinic/library/new", "exercise/edit"],
  // (Two-step sign-in, /account/security, is the same page for both roles: the runner's check covers it.)
  ["/clinic/discharged", "/clinic/audit", "/clinic/settings", "/clinic/runners/new", "/clinic/outcomes"],
  ["runner", "runner/messages", "runner/plan/new", "runner/plan/edit", "runner/programme"],
];

for (const group of CLINIC_PAGES) {
  test(`${group.join(", ")}: no serious or critical accessibility violation, folded sections open`, async ({ page, db, signIn }) => {
    test.setTimeout(90_000);
    const { clinician, runner } = await createRunnerWithPlan(db);
    const custom = await createExercise(db, { clinicId: clinician.clinicId, createdBy: clinician.id });
    await signIn(clinician);
    await page.setViewportSize(DESKTOP);
    const pathOf = (p: string) => (p.startsWith("/") ? p : p.startsWith("exercise") ? `/clinic/library/${custom.id}/edit` : p.replace("runner", `/clinic/runners/${runner.id}`));
    const found: Record<string, string[]> = {};
    for (const path of group.map(pathOf)) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // What a clinician can unfold is checked unfolded.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      const serious = await seriousViolations(page);
      if (serious.length) found[path] = serious;
    }
    expect(found).toEqual({});
  });
}

test("the signed-out pages, a link that no longer works and the admin's team page have no serious or critical accessibility violation", async ({ page, signIn }) => {
  // Axe takes seconds a page, several times that on a loaded CI machine.
  test.setTimeout(90_000);
  await page.setViewportSize(DESKTOP);
  const found: Record<string, string[]> = {};
  const check = async (path: string) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const serious = await seriousViolations(page);
    if (serious.length) found[path] = serious;
  };
  // One dead link stands for the rest: they share the page that says the link no longer works.
  for (const path of ["/login", "/forgot-password", "/invite/no-such-token"]) await check(path);
  await signIn(demo.riley);
  await check("/clinic/team");
  expect(found).toEqual({});
});

test("the roster keeps each runner to one line: at least 8 rows fit a 1280x800 screen", async ({ page, db, signIn }) => {
  const { clinic, clinician } = await createRunnerWithPlan(db);
  const library = await db.select({ id: exercises.id }).from(exercises).where(eq(exercises.name, "Glute bridge"));
  for (let i = 0; i < 9; i++) {
    const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: addDaysIso(today(), -20) });
    await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, startDate: addDaysIso(today(), -20), items: [{ exerciseId: library[0]!.id }] });
  }
  await page.setViewportSize(DESKTOP);
  await signIn(clinician);
  const rows = page.getByRole("table", { name: /Runners in your care/ }).getByRole("row").filter({ has: page.getByRole("rowheader") });
  await expect(rows).toHaveCount(10);
  let inView = 0;
  for (const row of await rows.all()) {
    const box = await row.boundingBox();
    if (box && box.y + box.height <= DESKTOP.height) inView++;
  }
  expect(inView).toBeGreaterThanOrEqual(8);
  test.info().annotations.push({ type: "roster rows at 1280x800", description: String(inView) });
});

test("a roster row shows its first reason; '+n' opens the others, which a screen reader reads all along", async ({ page, signIn }) => {
  await page.setViewportSize(DESKTOP);
  await signIn(demo.maya);
  const rows = page.getByRole("table", { name: /Runners in your care/ }).getByRole("row");
  const row = rows.filter({ has: page.locator("summary") }).first();
  const more = row.locator("summary");
  await expect(more).toHaveText(/^\+\d+$/);
  const reasons = row.getByRole("list", { name: "Reasons" }).getByRole("listitem");
  const count = Number((await more.textContent())!.slice(1)) + 1;
  await expect(reasons).toHaveCount(count);
  const width = async () => (await reasons.nth(1).boundingBox())?.width ?? 0;
  expect(await width()).toBeLessThanOrEqual(1);
  await more.click();
  await expect.poll(width).toBeGreaterThan(20);
});

test("the roster's search filters as the clinician types, with no button to press", async ({ page, signIn }) => {
  await signIn(demo.maya);
  await page.goto("/clinic");
  const rows = page.getByRole("table", { name: /Runners in your care/ }).getByRole("rowheader").getByRole("link").filter({ hasNotText: "unread" });
  expect(await rows.count()).toBeGreaterThan(1);
  await page.getByRole("searchbox", { name: "Search by name" }).pressSequentially(demo.alex.name.split(" ")[0]!);
  await expect(page).toHaveURL(/[?&]q=Alex/);
  await expect(rows).toHaveText([demo.alex.name]);
});

test("discharge asks first in a dialog: Cancel keeps the runner in care, confirming discharges", async ({ page, db, signIn }) => {
  const { clinician, runner } = await createRunnerWithPlan(db);
  await signIn(clinician);
  await page.goto(`/clinic/runners/${runner.id}`);
  const section = await openSection(page, "Discharge");
  await section.getByLabel("Reason for discharge").fill("Back to full training");
  await section.getByRole("button", { name: "Discharge this runner" }).click();
  const dialog = page.getByRole("alertdialog", { name: `Discharge ${runner.name}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  // Focus returns to the button that opened it.
  await expect(section.getByRole("button", { name: "Discharge this runner" })).toBeFocused();
  const dischargedOn = async () => (await db.select({ on: runnerProfiles.dischargedOn }).from(runnerProfiles).where(eq(runnerProfiles.runnerId, runner.id)))[0]!.on;
  expect(await dischargedOn()).toBeNull();

  await section.getByRole("button", { name: "Discharge this runner" }).click();
  await dialog.getByRole("button", { name: `Discharge ${runner.name}` }).click();
  await expect.poll(dischargedOn).not.toBeNull();
});

test("on a clinic page the first Tab reaches 'Skip to content', and the menu folds on a phone", async ({ page, signIn }) => {
  await signIn(demo.maya);
  await page.goto("/clinic");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#content")).toBeFocused();

  await page.setViewportSize(PHONE);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Audit log" })).toBeHidden();
  await nav.getByRole("button", { name: /^Menu/ }).click();
  await nav.getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL("/clinic/audit");
  await expect(nav.getByRole("link", { name: "Audit log" })).toBeHidden();
});
