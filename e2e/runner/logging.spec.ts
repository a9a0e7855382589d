import { randomUUID } from "node:crypto";
import { and, eq, like } from "drizzle-orm";
import { morningCheckins, sessionLogs, users } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { demo, expect, test } from "../support/fixtures";
import { fillRun, pick, tickDueAndPickPain } from "./helpers";

test("the demo runner logs a session and a run, checks in next morning, edits one entry and deletes another", async ({ page, signIn, db }) => {
  const marker = randomUUID().slice(0, 8);
  const yesterday = addDaysIso(today(), -1);
  await signIn(demo.alex);
  const [alex] = await db.select({ id: users.id }).from(users).where(eq(users.email, demo.alex.email));

  // Yesterday's exercise session, counted in taps as the runner makes them.
  await page.getByRole("link", { name: "Log exercises" }).click();
  await expect(page.getByRole("heading", { name: "Log exercises" })).toBeVisible();
  let taps = 0;
  await page.getByLabel("Date").fill(yesterday);
  taps++;
  taps += await page.getByRole("group", { name: "Today's exercises" }).getByRole("checkbox").count();
  await tickDueAndPickPain(page, 1);
  taps++;
  await pick(page, "Pain after the session", 2);
  await pick(page, "Effort (RPE)", 3);
  await page.getByLabel("Notes").fill(`session ${marker}`);
  await page.getByRole("button", { name: "Save session" }).click();
  taps += 4;
  await expect(page).toHaveURL(/\/today\?logged=/);
  test.info().annotations.push({ type: "exercise session log", description: `${taps} taps` });

  // Yesterday's run.
  await page.getByRole("link", { name: "Log a run" }).click();
  await fillRun(page, { date: yesterday, km: "5.2", minutes: "32", during: 2, after: 2, rpe: 5, notes: `run ${marker}` });
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page).toHaveURL(/\/today\?logged=/);

  // This morning: the 24-hour check-in after yesterday's load.
  await page.goto("/check-in");
  await expect(page.getByText(/Yesterday you logged .*a 5.2 km run/)).toBeVisible();
  await pick(page, "Pain this morning", 1);
  await pick(page, "Stiffness this morning", 2);
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page).toHaveURL(/\/today\?checkedIn=1/);

  // Edit the run.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log" }).click();
  await page.getByRole("link", { name: "History" }).click();
  const entry = (kind: RegExp, note: string) => page.getByRole("listitem", { name: kind }).filter({ hasText: note });
  const runItem = entry(/^Run,/, `run ${marker}`);
  await runItem.getByRole("link", { name: /Edit/ }).click();
  await page.getByLabel("Distance (km)").fill("6.4");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(/\/history\?saved=1/);
  await expect(entry(/^Run,/, `run ${marker}`)).toContainText("Run, 6.4 km");

  // Delete the session.
  const sessionItem = entry(/^Exercise session/, `session ${marker}`);
  await sessionItem.getByText(/^Delete/).click();
  await sessionItem.getByRole("button", { name: "Yes, delete this entry" }).click();
  await expect(page).toHaveURL(/\/history\?deleted=1/);
  await expect(entry(/^Exercise session/, `session ${marker}`)).toHaveCount(0);
  await expect(page.getByRole("listitem", { name: "Morning check-in" }).first()).toContainText("Pain 1, stiffness 2");

  // The database holds exactly that.
  const mine = await db.select().from(sessionLogs).where(and(eq(sessionLogs.runnerId, alex!.id), like(sessionLogs.notes, `%${marker}`)));
  expect(mine.map((l) => [l.kind, l.date, l.distanceKm])).toEqual([["run", yesterday, 6.4]]);
  const [checkin] = await db.select().from(morningCheckins).where(and(eq(morningCheckins.runnerId, alex!.id), eq(morningCheckins.date, today())));
  expect([checkin!.pain, checkin!.stiffness]).toEqual([1, 2]);
});
