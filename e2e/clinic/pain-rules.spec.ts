import { format, parseISO } from "date-fns";
import { and, eq } from "drizzle-orm";
import type { Browser, Page } from "@playwright/test";
import { morningCheckins, runnerPainRules, sessionLogs, users } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { createClinic, createRunnerInCare, createUser, type TestUser } from "@/testing/factories";
import { pinnedBaseURL } from "../support/clock";
import { expect, signIn, test } from "../support/fixtures";
import { fillRun, pick } from "../runner/helpers";
import { addRunnerThroughApp, rosterRow } from "../support/through-the-app";
import { openSection } from "../support/sections";

/*
 * The pain rules as a clinician and a runner meet them: a fresh runner added through the app, judged at once
 * on pain after, flagged when a painful session's morning never comes, and judged by limits the clinician
 * sets for that runner alone.
 */
const day = (date: string) => format(parseISO(date), "d MMM");

async function phoneFor(browser: Browser, who: { email: string; password: string }, options: { baseURL?: string; timezoneId?: string } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, ...options });
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page };
}

async function logRun(page: Page, run: { date?: string; during: number; after: number }) {
  await page.goto("/log/run");
  await fillRun(page, { date: run.date, km: "5", minutes: "30", during: run.during, after: run.after, rpe: 4 });
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page).toHaveURL(/\/today\?logged=/);
  return page.getByRole("status", { name: "Your session" });
}

test("a fresh runner: pain 9 after is red at once; a silent morning after pain 4 is flagged; a lower limit for one runner only", async ({ browser, page, db }) => {
  // Three people through some twenty pages: more than the default budget on two shared cores.
  test.setTimeout(120_000);
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const now = today();
  const email = `fresh-${clinic.id.slice(0, 8)}@test.example`;

  // The clinician adds the runner through the app, with the usual pain the next-morning rule compares against.
  await signIn(page, clinician);
  const { phone: runner, context: phone } = await addRunnerThroughApp(browser, page, {
    name: "Ruth Fresh",
    email,
    presentation: "Hamstring strain",
    side: "Right",
    startDate: addDaysIso(now, -20),
    password: "ruth-runs-again",
  });

  // Pain 2 during and 9 after: red straight away, and the runner is told to ease off.
  const red = await logRun(runner, { during: 2, after: 9 });
  await expect(red).toContainText("Red: too much for now");
  await expect(red).toContainText("Ease off");
  await expect(red).toContainText("pain 9 after");

  // Pain 4 after, two days ago, and no check-in the morning after.
  const amber = await logRun(runner, { date: addDaysIso(now, -2), during: 1, after: 4 });
  await expect(amber).toContainText("Amber");
  await expect(amber).toContainText("waiting for tomorrow morning");
  // Today asks for that morning first.
  await runner.goto("/today");
  await expect(runner.getByRole("heading", { name: "How did the next morning feel?" })).toBeVisible();
  await expect(runner.getByRole("link", { name: /Check in for the morning of/ })).toHaveAttribute("href", `/check-in?date=${addDaysIso(now, -1)}`);

  await page.goto("/clinic");
  const row = rosterRow(page, "Ruth Fresh");
  await expect(row).toContainText("Red");
  const reasons = row.getByRole("list", { name: "Reasons" });
  await expect(reasons).toContainText(`pain 9 after run on ${day(now)}`);
  await expect(reasons).toContainText(`no morning check-in after pain 4 on ${day(addDaysIso(now, -2))}`);

  // The runner's page says the same, at the top, with the limits in force and a light on each recent log.
  const onRoster = await reasons.getByRole("listitem").allTextContents();
  await row.getByRole("link", { name: "Ruth Fresh" }).click();
  await expect(page).toHaveTitle(/Ruth Fresh/);
  const status = page.getByRole("region", { name: "Status" });
  await expect(status.getByRole("list", { name: "Reasons" }).getByRole("listitem")).toHaveText(onRoster);
  await expect(page.getByRole("list", { name: "Recent logs" })).toContainText("red (provisional)");

  // A stricter red limit during, for this runner only.
  await openSection(page, "Limits in force");
  await page.getByText("Change this runner's limits").click();
  await page.getByLabel("Pain during: red above").fill("3");
  await page.getByLabel("Reason for this runner's limits").fill("Grade 2 tear three weeks ago");
  await page.getByRole("button", { name: "Save limits" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Limits saved" })).toBeVisible();
  const [ruth] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const [override] = await db.select().from(runnerPainRules).where(eq(runnerPainRules.runnerId, ruth!.id));
  expect(override).toMatchObject({ painDuringRedAbove: 3, painDuringAmberAbove: null, reason: "Grade 2 tear three weeks ago" });
  await page.reload();
  await expect(await openSection(page, "Limits in force")).toContainText("Pain during: red above3this runner (clinic: 5)");

  // Pain 4 during is now red for Ruth; the same run stays amber for another runner of the same clinician.
  const strict = await logRun(runner, { during: 4, after: 1 });
  await expect(strict).toContainText("Red");
  const other = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, name: "Otto Usual", startDate: addDaysIso(now, -20), usualPain: 1 });
  const otherPhone = await phoneFor(browser, other);
  await expect(await logRun(otherPhone.page, { during: 4, after: 1 })).toContainText("Amber");
  await page.goto("/clinic");
  await expect(rosterRow(page, "Otto Usual")).toContainText("Amber");
  await expect(rosterRow(page, "Ruth Fresh").getByRole("list", { name: "Reasons" })).toContainText(`pain 4 during run on ${day(now)}`);

  await phone.close();
  await otherPhone.context.close();
});

test("with the phone in Auckland and the server in UTC, today, the morning check-in and the 24-hour rule use the runner's date", async ({ browser, db }) => {
  // Two browsers, two servers and a dozen pages: more than the default 30 s when the machine is shared.
  test.setTimeout(90_000);
  // The second server's clock: Monday 23 Nov 16:30 UTC, which is Tuesday 24 Nov 05:30 in Auckland.
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const kiri: TestUser = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: "2026-11-01", name: "Kiri Tane", usualPain: 0 });
  const { context, page } = await phoneFor(browser, kiri, { baseURL: pinnedBaseURL, timezoneId: "Pacific/Auckland" });

  // StrideBack still keeps UTC's calendar for her: the phone's zone is proposed, and she takes it.
  await expect(page.getByText("Mon 23 Nov")).toBeVisible();
  await page.getByRole("link", { name: "Change your time zone" }).click();
  await page.getByRole("button", { name: "Use this device's time zone (Pacific/Auckland)" }).click();
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status")).toContainText("your days now follow Pacific/Auckland");
  await page.goto("/today");
  await expect(page.getByText("Tue 24 Nov")).toBeVisible();

  // Yesterday's (Monday's) run, with pain 3 after; this morning's (Tuesday's) check-in is the 24-hour answer.
  await page.goto("/log/run");
  await expect(page.getByLabel("Date")).toHaveValue("2026-11-24");
  await expect(await logRun(page, { date: "2026-11-23", during: 1, after: 3 })).toContainText("Amber");
  await page.goto("/check-in");
  await expect(page.getByLabel("Morning of")).toHaveValue("2026-11-24");
  await pick(page, "Pain this morning", 3);
  await pick(page, "Stiffness this morning", 2);
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page).toHaveURL(/checkedIn=1/);

  const [checkin] = await db.select().from(morningCheckins).where(eq(morningCheckins.runnerId, kiri.id));
  expect(checkin!.date).toBe("2026-11-24");
  const [run] = await db.select().from(sessionLogs).where(and(eq(sessionLogs.runnerId, kiri.id), eq(sessionLogs.kind, "run")));
  expect(run!.date).toBe("2026-11-23");

  // The morning rose 3 above her usual 0 after Monday's run: red, and no longer provisional.
  await page.goto("/progress?range=4w");
  const pain = page.getByRole("region", { name: "Pain over time" });
  await pain.getByRole("link", { name: "Show as table" }).click();
  await expect(pain.getByRole("table").locator("tbody tr")).toHaveCount(1);
  await expect(pain.getByRole("table").locator("tbody td")).toHaveText(["Mon 23 Nov", "Run", "1", "3", "3", "red"]);
  await context.close();
});
