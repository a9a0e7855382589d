import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { morningCheckins, sessionLogs } from "@/db/schema";
import { createRunnerWithPlan, expect, test } from "../support/fixtures";
import { fillRun, pick, tickDueAndPickPain } from "./helpers";

/*
 * A save on a flaky connection: the server stores the entry and the phone never hears back. The form
 * must stay on screen with what was typed, say plainly that the save could not be confirmed, and a second
 * tap must store nothing new and then say it is saved.
 */
async function dropTheReplyOnce(page: Page, path: string) {
  let dropped = false;
  await page.route(`**${path}`, async (route) => {
    if (dropped || route.request().method() !== "POST") return route.fallback();
    dropped = true;
    await route.fetch(); // the server stores the entry...
    await route.abort("connectionreset"); // ...and the phone never hears back.
  });
}

const notConfirmed = /StrideBack could not confirm the save/;

test("a run whose reply is lost keeps its form and values, and saving again stores it once", async ({ page, signIn, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  const notes = `lost reply ${randomUUID().slice(0, 8)}`;
  await signIn(runner);
  await page.goto("/log/run");
  await page.waitForLoadState("networkidle");
  await fillRun(page, { km: "6.4", minutes: "38", during: 1, after: 2, rpe: 5, notes });
  await dropTheReplyOnce(page, "/log/run");
  await page.getByRole("button", { name: "Save run" }).click();

  await expect(page.getByText(notConfirmed)).toBeVisible();
  await expect(page).toHaveURL(/\/log\/run$/);
  await expect(page.getByLabel("Distance (km)")).toHaveValue("6.4");
  await expect(page.getByLabel("Notes")).toHaveValue(notes);
  await expect(page.getByRole("radiogroup", { name: "Pain after the run" }).getByRole("radio", { name: "2", exact: true })).toBeChecked();
  // The server did store it: the runner cannot know, so the retry must not store it again.
  await expect.poll(async () => (await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).length).toBe(1);

  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page).toHaveURL(/\/today\?logged=/);
  expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toHaveLength(1);
  await page.goto("/history");
  await expect(page.getByRole("listitem", { name: "Run, 6.4 km" })).toHaveCount(1);
});

test("an exercise session whose reply is lost keeps its scores, and saving again stores it once", async ({ page, signIn, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  await signIn(runner);
  await page.goto("/log/session");
  await page.waitForLoadState("networkidle");
  await tickDueAndPickPain(page, 2);
  await pick(page, "Pain after the session", 3);
  await pick(page, "Effort (RPE)", 4);
  await dropTheReplyOnce(page, "/log/session");
  await page.getByRole("button", { name: "Save session" }).click();

  await expect(page.getByText(notConfirmed)).toBeVisible();
  await expect(page.getByRole("radiogroup", { name: "Pain after the session" }).getByRole("radio", { name: "3", exact: true })).toBeChecked();
  await expect(page.getByRole("radiogroup", { name: "Effort (RPE)" }).getByRole("radio", { name: "4", exact: true })).toBeChecked();
  await expect.poll(async () => (await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).length).toBe(1);

  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page).toHaveURL(/\/today\?logged=/);
  expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toHaveLength(1);
  await page.goto("/history");
  await expect(page.getByRole("listitem", { name: "Exercise session" })).toHaveCount(1);
});

test("a check-in whose reply is lost keeps its answers, and saving again stores one check-in", async ({ page, signIn, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  await signIn(runner);
  await page.goto("/check-in");
  await page.waitForLoadState("networkidle");
  const none = page.getByRole("checkbox", { name: "None of these" });
  const screened = (await none.count()) > 0;
  if (screened) await none.check();
  await pick(page, "Pain this morning", 2);
  await pick(page, "Stiffness this morning", 1);
  await dropTheReplyOnce(page, "/check-in");
  await page.getByRole("button", { name: "Save check-in" }).click();

  await expect(page.getByText(notConfirmed)).toBeVisible();
  await expect(page.getByRole("radiogroup", { name: "Pain this morning" }).getByRole("radio", { name: "2", exact: true })).toBeChecked();
  if (screened) await expect(none).toBeChecked();
  await expect.poll(async () => (await db.select().from(morningCheckins).where(eq(morningCheckins.runnerId, runner.id))).length).toBe(1);

  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page).toHaveURL(/\/today/);
  expect(await db.select().from(morningCheckins).where(eq(morningCheckins.runnerId, runner.id))).toHaveLength(1);
  await page.goto("/history");
  await expect(page.getByRole("listitem", { name: "Morning check-in" })).toHaveCount(1);
});
