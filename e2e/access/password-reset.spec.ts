import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { authSessions } from "@/db/schema";
import { createRunnerInCare, createUser } from "@/testing/factories";
import { mailHttpPort, mailTo } from "../support/mail";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";

/*
 * "Forgot your password?": a link by email that works once, ends the account's other sessions, and an
 * answer that says nothing about whether the email has an account. Mail is read from the run's SMTP server.
 */
const SENT = /If that email belongs to a StrideBack account, a link to choose a new password is on its way/;

async function askForLink(page: import("@playwright/test").Page, email: string) {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
}

test("a runner resets a forgotten password: the link works once and signs out their other devices", async ({ browser, page, db }) => {
  test.setTimeout(90_000);
  const { runner } = await createRunnerWithPlan(db);
  // The runner is signed in on their phone.
  const phone = await browser.newContext();
  await signIn(await phone.newPage(), runner);

  await askForLink(page, runner.email);
  await expect(page.getByRole("status")).toHaveText(SENT);
  const [mail] = await mailTo(runner.email);
  const link = /http:\/\/localhost:\d+\/reset-password\/[A-Za-z0-9_-]+/.exec(mail!.text)?.[0];
  expect(link).toBeTruthy();
  expect(mail!.text).toContain("30 minutes");

  await page.goto(link!);
  await page.getByLabel("New password").fill("a-brand-new-password");
  await page.getByLabel("Type it again").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page).toHaveURL(/\/today$/);

  // The phone's session ended; the new password signs in, the old one does not.
  const phonePage = await phone.newPage();
  await phonePage.goto("/today");
  await expect(phonePage).toHaveURL(/\/login/);
  const sessions = await db.select().from(authSessions).where(eq(authSessions.userId, runner.id));
  expect(sessions.filter((s) => s.revokedReason === "password-reset").length).toBeGreaterThanOrEqual(1);
  await signIn(phonePage, { email: runner.email, password: "a-brand-new-password" });
  await expect(phonePage).toHaveURL(/\/today$/);

  // The link worked once.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link!);
  await expect(again.getByRole("main").getByRole("alert")).toHaveText(/already been used/);
  await expect(again.getByLabel("New password")).toHaveCount(0);
});

test("an unknown email gets the same answer and no mail; a bad email is refused beside the field", async ({ page, db }) => {
  const unknown = `nobody-${randomUUID().slice(0, 8)}@test.example`;
  await askForLink(page, unknown);
  await expect(page.getByRole("status")).toHaveText(SENT);
  // A runner who never accepted their invite has no password to reset: the same answer, no mail either.
  const { clinic, clinician } = await createRunnerWithPlan(db);
  const invited = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, password: null });
  await askForLink(page, invited.email);
  await expect(page.getByRole("status")).toHaveText(SENT);
  // A known account's mail arrives within seconds; after waiting on one, neither of the others has any.
  const known = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  await askForLink(page, known.email);
  await mailTo(known.email);
  for (const address of [unknown, invited.email]) {
    const response = await fetch(`http://127.0.0.1:${mailHttpPort}/messages?to=${encodeURIComponent(address)}`);
    expect(await response.json()).toEqual([]);
  }

  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address.");
  await page.getByLabel("Email").fill("");
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter (a valid )?email address/);
});

test("the 11th reset request in a row for one email is throttled", async ({ page }) => {
  const email = `throttle-${randomUUID().slice(0, 8)}@test.example`;
  await page.goto("/forgot-password");
  for (let i = 1; i <= 10; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await expect(page.getByRole("status")).toHaveText(SENT);
    await expect(page.getByRole("button", { name: "Send the link" })).toBeEnabled();
  }
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toHaveText(/Too many requests\. For your security, password resets are paused/);
});
