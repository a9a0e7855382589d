import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { pinnedBaseURL } from "../support/clock";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";
import { appRoutes, fill } from "../support/routes";

const LOCK = /Too many sign-in attempts\. For your security, sign-in is paused/;

/** One sign-in attempt, waited to its answer (React resets the form after each one, so none may overlap). */
async function tryPassword(page: import("@playwright/test").Page, email: string, password: string) {
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
}

test("30 wrong passwords lock the account on every instance; the right one is refused during the lock and accepted after, and the owner is told", async ({ browser, db }) => {
  test.setTimeout(150_000);
  const { runner } = await createRunnerWithPlan(db);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  for (let i = 0; i < 30; i++) {
    await tryPassword(page, runner.email, `wrong-${i}`);
    await expect(page.locator("form").getByRole("alert")).toHaveText(/match an account|Too many sign-in attempts/);
  }
  await expect(page.locator("form").getByRole("alert")).toHaveText(LOCK);
  await tryPassword(page, runner.email, runner.password);
  await expect(page.locator("form").getByRole("alert")).toHaveText(LOCK);
  await expect(page).toHaveURL(/\/login/);

  // The second instance shares the lock: it lives in PostgreSQL, not in either server's memory.
  const other = await browser.newContext({ baseURL: pinnedBaseURL });
  const otherPage = await other.newPage();
  await otherPage.goto("/login");
  await tryPassword(otherPage, runner.email, runner.password);
  await expect(otherPage.locator("form").getByRole("alert")).toHaveText(LOCK);
  await other.close();

  // Once the lock ends (45 s in the test servers), the right password works and the owner reads what happened.
  await expect(async () => {
    if (!page.url().includes("/today")) {
      await page.goto("/login");
      await tryPassword(page, runner.email, runner.password);
    }
    await expect(page).toHaveURL(/\/today/, { timeout: 5_000 });
  }).toPass({ timeout: 75_000, intervals: [2_000] });
  await expect(page.getByRole("alert", { name: "Sign-in was locked" })).toContainText("after repeated wrong passwords");
  await page.getByRole("button", { name: "I have read this" }).click();
  await expect(page.getByRole("alert", { name: "Sign-in was locked" })).toHaveCount(0);
  const events = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.subjectType, "user"), eq(auditLog.subjectId, runner.id)));
  expect(events.filter((e) => e.action === "auth.lock").length).toBeGreaterThanOrEqual(1);
  expect(events.filter((e) => e.action === "auth.sign_in_failed").length).toBeGreaterThanOrEqual(5);
  await context.close();
});

test("a session cookie copied before sign-out opens nothing afterwards", async ({ browser, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, runner);
  const stolen = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const thief = await browser.newContext();
  await thief.addCookies(stolen);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/today");
  await expect(thiefPage).toHaveURL(/\/login/);
  const session = await thiefPage.request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
  await thief.close();
  await context.close();
});

test("changing the password ends the account's other sessions and keeps this one", async ({ browser, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  const [laptop, phone] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [here, there] = await Promise.all([laptop.newPage(), phone.newPage()]);
  await signIn(here, runner);
  await signIn(there, runner);
  await here.goto("/settings");
  await here.getByLabel("Current password").fill("not-it-at-all");
  await here.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await here.getByLabel("New password again").fill("a-brand-new-password");
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByLabel("Current password")).toHaveAccessibleDescription("That is not your current password.");
  await here.getByLabel("Current password").fill(runner.password);
  await here.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await here.getByLabel("New password again").fill("a-brand-new-password");
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  await there.goto("/today");
  await expect(there).toHaveURL(/\/login/);
  await here.goto("/today");
  await expect(here).toHaveURL(/\/today/);
  await Promise.all([laptop.close(), phone.close()]);
});

test("every page and route answers with the security headers, signed out and signed in", async ({ browser, db }) => {
  test.setTimeout(90_000);
  const { clinician, runner } = await createRunnerWithPlan(db);
  const routes = appRoutes();
  expect(routes.length).toBeGreaterThan(25);
  const contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
  await signIn(await contexts[1]!.newPage(), clinician);
  await signIn(await contexts[2]!.newPage(), runner);
  for (const context of contexts) {
    for (const route of routes) {
      const url = fill(route.pattern, { runnerId: runner.id, nextauth: "session" });
      const response = await context.request.get(url, { maxRedirects: 0 });
      const h = response.headers();
      const where = `${url} (${response.status()})`;
      expect(h["x-frame-options"], where).toBe("DENY");
      expect(h["x-content-type-options"], where).toBe("nosniff");
      expect(h["referrer-policy"], where).toBe("same-origin");
      expect(h["permissions-policy"], where).toContain("camera=()");
      expect(h["strict-transport-security"], where).toContain("max-age=");
      if (route.kind === "page") {
        expect(h["content-security-policy"], where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
        expect(h["content-security-policy"], where).toContain("frame-ancestors 'none'");
      }
    }
  }
  // Each page gets its own nonce, and Next's scripts carry it.
  const page = await contexts[2]!.newPage();
  const first = await page.goto("/today");
  const nonce = /'nonce-([^']+)'/.exec(first!.headers()["content-security-policy"]!)![1]!;
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  const second = await page.goto("/today");
  expect(second!.headers()["content-security-policy"]).not.toContain(nonce);
  await Promise.all(contexts.map((c) => c.close()));
});

test("a clinician's view of a runner's page is audited once per view, and the clinic's audit page shows who looked, to that clinic only", async ({ page, db }) => {
  const { clinician, runner } = await createRunnerWithPlan(db);
  const views = () => db.select().from(auditLog).where(and(eq(auditLog.action, "runner.view"), eq(auditLog.runnerId, runner.id)));
  await signIn(page, clinician);
  // The roster lists the runner: a link in view must not be fetched ahead, which would record a view nobody made.
  await expect(page.getByRole("link", { name: runner.name })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await views()).toEqual([]);
  await page.goto(`/clinic/runners/${runner.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(runner.name);
  expect((await views()).map((v) => v.actorId)).toEqual([clinician.id]);
  await page.reload();
  expect(await views()).toHaveLength(2);

  // (A retried write stores one row and one audit row: lib/data/logs.int.test.ts, "idempotent replies".)
  await page.goto(`/clinic/audit?q=${encodeURIComponent(runner.name)}&kind=reads`);
  const rows = page.getByRole("table", { name: "Audit entries, newest first" }).getByRole("row");
  // Two views in a row are one line, in a sentence.
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`${clinician.name} opened ${runner.name}'s record 2 times`);
  // Another clinic's clinician reads none of it.
  const { clinician: stranger } = await createRunnerWithPlan(db);
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, stranger);
  await page.goto(`/clinic/audit?q=${encodeURIComponent(runner.name)}`);
  await expect(page.getByText("Nothing matches.")).toBeVisible();
});

test("invite links come from the configured public address (the server never reads the request's Host for them)", async ({ page, db }) => {
  const { clinician } = await createRunnerWithPlan(db);
  await signIn(page, clinician);
  await page.goto("/clinic/runners/new");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Name").fill("Hugo Host");
  await page.getByLabel("Email").fill(`host-${randomUUID().slice(0, 8)}@test.example`);
  await page.getByLabel("Presentation").selectOption({ label: "Cramp" });
  await page.getByLabel("Affected side").selectOption({ label: "Left" });
  await page.getByRole("radiogroup", { name: /Usual pain/ }).getByRole("radio", { name: "1", exact: true }).check();
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Add runner and create invite" }).click();
  const link = await page.getByRole("textbox", { name: "Invite link" }).inputValue();
  // The test servers set STRIDEBACK_PUBLIC_URL to their own address (playwright.config.ts).
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);
});
