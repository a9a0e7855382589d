import { randomUUID } from "node:crypto";
import type { Browser } from "@playwright/test";
import { and, asc, eq } from "drizzle-orm";
import { auditLog, redFlagReports, sessionLogs } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import type { Presentation } from "@/db/schema";
import { createClinic, createRunnerInCare, createUser, type TestUser } from "@/testing/factories";
import type { Db } from "@/db";
import { expect, signIn, test } from "../support/fixtures";
import { seriousViolations } from "../support/axe";
import { mailTo } from "../support/mail";
import { pick } from "../runner/helpers";

const PHONE = { viewport: { width: 360, height: 740 } };

async function clinicWith(db: Db) {
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const runner = (presentation: Presentation, startDate = addDaysIso(today(), -30), name?: string) =>
    createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, presentation, startDate, name });
  return { clinic, clinician, runner };
}

async function phoneOf(browser: Browser, who: TestUser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  await signIn(page, who);
  return { context, page };
}

test("saddle numbness at the morning check-in: the runner is sent to an emergency department, the clinician sees them first as urgent, and only a recorded action clears it", async ({ browser, page, db }) => {
  test.setTimeout(90_000);
  const { clinic, clinician, runner } = await clinicWith(db);
  const ben = await runner("referred_lumbar", addDaysIso(today(), -30), "Ben Referred");
  // A runner with a red light yesterday: urgent must rank above red.
  const red = await runner("tight_hamstrings", addDaysIso(today(), -30), "Aaron Red");
  await db.insert(sessionLogs).values({ runnerId: red.id, clientId: randomUUID(), kind: "run", date: addDaysIso(today(), -1), durationMinutes: 30, rpe: 5, painDuring: 8, painAfter: 6, distanceKm: 5 });

  const { context, page: phone } = await phoneOf(browser, ben);
  await phone.goto("/check-in");
  const screen = phone.getByRole("group", { name: "Since yesterday, is any of these new?" });
  await expect(screen.getByRole("checkbox", { name: /numbness or tingling around your groin/ })).toBeVisible();
  await expect(screen.getByRole("checkbox", { name: /foot slaps down/ })).toBeVisible();
  await expect(screen.getByRole("checkbox", { name: /pop/ })).toHaveCount(0);
  // A blank screen is not a "no".
  await pick(phone, "Pain this morning", 4);
  await pick(phone, "Stiffness this morning", 3);
  await phone.getByRole("button", { name: "Save check-in" }).click();
  await expect(screen).toHaveAccessibleDescription(/Tick anything that is new, or “None of these”/);
  await screen.getByRole("checkbox", { name: /numbness or tingling around your groin/ }).check();
  await phone.getByRole("button", { name: "Save check-in" }).click();

  // The next screen: what to do, the clinic's number, and no traffic light.
  await expect(phone).toHaveURL(/\/red-flags\/[0-9a-f-]{36}$/);
  const advice = phone.getByRole("region", { name: "Go to an emergency department now" });
  await expect(advice.getByRole("heading", { level: 1 })).toHaveText("Go to an emergency department now");
  await expect(advice.getByRole("link", { name: `Call ${clinic.name}: 01632 960 123` })).toHaveAttribute("href", "tel:01632960123");
  await expect(advice).toContainText("Your physio has been sent an alert");
  await expect(phone.getByText(/\b(Green|Amber|Red)\b/)).toHaveCount(0);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await seriousViolations(phone)).toEqual([]);
  const flagUrl = phone.url();
  // Today leads with the same advice until the physio closes it.
  await phone.goto("/today");
  await expect(phone.getByRole("heading", { name: "Go to an emergency department now" })).toBeVisible();

  // The clinician is alerted at once by email (no phone took it): a link, and no name or sign in it.
  const [alert] = await mailTo(clinician.email);
  expect(alert!.subject).toBe("StrideBack: a runner in your care reported an urgent sign");
  expect(alert!.text).toContain(`/clinic/runners/${ben.id}`);
  for (const secret of ["Ben", "Referred", "saddle", "numbness", "groin"]) expect(`${alert!.subject} ${alert!.text}`).not.toContain(secret);

  // The clinician: first on the roster, urgent, with the sign and its time.
  await signIn(page, clinician);
  const first = page.getByRole("row").nth(1);
  await expect(first.getByRole("rowheader")).toContainText("Ben Referred");
  await expect(first).toContainText("Urgent: red flag");
  await expect(first.getByRole("list", { name: "Reasons" })).toContainText(/red flag: saddle numbness, reported \d\d:\d\d on /);
  await expect(page.getByRole("row").nth(2).getByRole("rowheader")).toContainText("Aaron Red");

  // Another runner of the same clinic cannot open the flag.
  const { context: otherContext, page: other } = await phoneOf(browser, red);
  expect((await other.goto(flagUrl))!.status()).toBe(404);
  await otherContext.close();

  // The runner's page shows it first; recording what was done is the only way to clear it.
  await first.getByRole("link", { name: "Ben Referred" }).click();
  const flags = page.getByRole("region", { name: "Red flag: needs your action" });
  await expect(flags).toContainText("New numbness or tingling around your groin");
  await flags.getByRole("button", { name: "Record and close the flag" }).click();
  await expect(flags.getByText("Choose what was done.")).toBeVisible();
  // "Not a concern" does not close an emergency without a written note.
  await flags.getByRole("radio", { name: "Reviewed: not a concern" }).check();
  await flags.getByRole("button", { name: "Record and close the flag" }).click();
  await expect(flags.getByText("Write what was done: an emergency or same-day flag is closed with a note.")).toBeVisible();
  await expect(flags).toContainText("New numbness or tingling around your groin");
  await flags.getByRole("radio", { name: "Referred to an emergency department" }).check();
  await flags.getByLabel("Note (required for this flag)").fill("Advised A&E by phone; runner on the way");
  await flags.getByRole("button", { name: "Record and close the flag" }).click();
  await expect(page.getByRole("status")).toContainText("The red flag is closed");
  await page.goto("/clinic");
  await expect(page.getByRole("row").nth(1).getByRole("rowheader")).toContainText("Aaron Red");
  await expect(page.getByText("Urgent: red flag")).toHaveCount(0);

  const [flag] = await db.select().from(redFlagReports).where(and(eq(redFlagReports.runnerId, ben.id), eq(redFlagReports.source, "checkin")));
  expect(flag).toMatchObject({ signs: ["saddle-numbness"], urgency: "emergency", resolution: "referred-emergency", resolvedBy: clinician.id });
  const audit = await db.select().from(auditLog).where(eq(auditLog.subjectId, flag!.id)).orderBy(asc(auditLog.at), asc(auditLog.id));
  expect(audit.map((a) => [a.action, a.actorId])).toEqual([
    ["red_flag.report", ben.id],
    ["red_flag.resolve", clinician.id],
  ]);
  // The runner reads what was recorded.
  await phone.goto(flagUrl);
  await expect(phone.getByText(`${clinician.name} recorded: referred to an emergency department`)).toBeVisible();
  await context.close();
});

test("a strain in week 1 is asked about avulsion at the check-in; one in week 10 is not, and tight hamstrings are asked nothing", async ({ browser, db }) => {
  const { runner } = await clinicWith(db);
  const week1 = await runner("hamstring_strain", addDaysIso(today(), -3));
  const week10 = await runner("hamstring_strain", addDaysIso(today(), -66));
  const tight = await runner("tight_hamstrings");
  const asked = async (who: TestUser) => {
    const { context, page } = await phoneOf(browser, who);
    await page.goto("/check-in");
    await expect(page.getByRole("heading", { name: "Morning check-in" })).toBeVisible();
    const labels = await Promise.all((await page.getByRole("checkbox").all()).map((c) => c.evaluate((el) => el.closest("label")?.textContent?.trim() ?? "")));
    await context.close();
    return labels;
  };
  expect(await asked(week1)).toEqual(["None of these are new", expect.stringContaining("“pop”"), expect.stringContaining("gap or dent"), "You cannot walk normally"]);
  expect(await asked(week10)).toEqual([]);
  expect(await asked(tight)).toEqual([]);
});

test("'Something new or worrying?' works without JavaScript: the advice is the next page", async ({ browser, db }) => {
  const { runner } = await clinicWith(db);
  const tight = await runner("tight_hamstrings");
  const { context, page } = await phoneOf(browser, tight, { javaScriptEnabled: false });
  await page.goto("/today");
  await page.getByRole("link", { name: "Something new or worrying?" }).click();
  await page.getByRole("checkbox", { name: "Constant pain at night that rest or changing position does not ease" }).check();
  await page.getByRole("button", { name: "Send to my physio" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contact the clinic within 24 hours");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});

test("offline, a yes shows its advice at once and reaches the physio when the connection returns, once", async ({ browser, db }) => {
  const { clinician, runner } = await clinicWith(db);
  const strain = await runner("hamstring_strain", addDaysIso(today(), -2), "Olive Offline");
  const { context, page } = await phoneOf(browser, strain);
  await page.goto("/worry");
  await expect(page.getByRole("button", { name: "Send to my physio" })).toBeEnabled();
  await context.setOffline(true);
  await page.getByRole("checkbox", { name: "You cannot walk normally" }).check();
  await page.getByRole("button", { name: "Send to my physio" }).click();
  await expect(page.getByRole("heading", { name: "Book a review with your physio this week" })).toBeVisible();
  await expect(page.getByText("You are offline: your physio has not been told yet.")).toBeVisible();
  expect(await db.select().from(redFlagReports).where(eq(redFlagReports.runnerId, strain.id))).toEqual([]);

  await context.setOffline(false);
  await expect(page.getByText("Back online: your answer has reached your physio.")).toBeVisible({ timeout: 15_000 });
  const stored = await db.select().from(redFlagReports).where(eq(redFlagReports.runnerId, strain.id));
  expect(stored.map((r) => [r.source, r.signs, r.urgency])).toEqual([["worry", ["cannot-walk"], "this-week"]]);
  // Reloading sends nothing twice: the outbox is empty and the flag is on today's page.
  await page.goto("/today");
  await expect(page.getByRole("heading", { name: "Book a review with your physio this week" })).toBeVisible();
  expect(await db.select().from(redFlagReports).where(eq(redFlagReports.runnerId, strain.id))).toHaveLength(1);
  await context.close();

  const desk = await browser.newContext();
  const clinicPage = await desk.newPage();
  await signIn(clinicPage, clinician);
  await expect(clinicPage.getByRole("row").nth(1)).toContainText("Urgent: red flag");
  await expect(clinicPage.getByRole("row").nth(1)).toContainText("cannot walk normally");
  await desk.close();
});
