import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { generate } from "otplib";
import pg from "pg";
import { smtpPort, mailTo } from "../support/mail";
import { expect, test } from "../support/fixtures";
import { ports } from "../support/ports";

/*
 * A clinic adopting StrideBack from nothing: a production build against an empty PostgreSQL database,
 * the set-up link read from the server's own output, colleagues invited by real email, a second factor
 * required and enrolled with a code computed here, a colleague deactivated mid-session and their runner
 * handed over. The server is this test's own (with the job worker inline, mailing the run's SMTP server).
 */
const PORT = ports.firstRun;
const BASE = `http://localhost:${PORT}`;
const PASSWORD = "adoption-password-1";

async function emptyDatabase(): Promise<string> {
  const base = new URL(process.env.E2E_DATABASE_URL!);
  const name = `strideback_adoption_${randomUUID().slice(0, 8)}`;
  base.pathname = "/postgres";
  const client = new pg.Client({ connectionString: base.toString() });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  base.pathname = `/${name}`;
  return base.toString();
}

function startServer(databaseUrl: string): { server: ChildProcess; output: () => string; setupLink: Promise<string> } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "e2e-only-secret-not-for-production-use-000000",
    AUTH_TRUST_HOST: "true",
    STRIDEBACK_PUBLIC_URL: BASE,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    STRIDEBACK_INLINE_WORKER: "1",
    STRIDEBACK_WORKER_POLL_SECONDS: "0.5",
  };
  delete env.STRIDEBACK_DEMO;
  const server = spawn("npx", ["next", "start", "-p", String(PORT)], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  const setupLink = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no set-up link within 60 s:\n${log}`)), 60_000);
    const read = (chunk: Buffer) => {
      log += chunk;
      const found = /Set one up at (\S+\/setup\/[A-Za-z0-9_-]+)/.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    server.stdout!.on("data", read);
    server.stderr!.on("data", read);
  });
  return { server, output: () => log, setupLink };
}

async function linkIn(address: string, path: "join" | "reset-password") {
  const [mail] = await mailTo(address);
  const link = new RegExp(`${BASE}/${path}/[A-Za-z0-9_-]+`).exec(mail!.text)?.[0];
  expect(link, `a /${path}/ link in the mail to ${address}`).toBeTruthy();
  return link!;
}

async function join(browser: Browser, address: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: BASE })).newPage();
  await page.goto(await linkIn(address, "join"));
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByLabel("Type it again").fill(PASSWORD);
  await page.getByRole("button", { name: "Set password and join" }).click();
  await expect(page).toHaveURL(/\/clinic$/);
  return page;
}

async function invite(admin: Page, name: string, address: string) {
  await admin.goto("/clinic/team");
  await admin.getByLabel("Colleague's name").fill(name);
  await admin.getByLabel("Colleague's email").fill(address);
  await admin.getByRole("button", { name: "Send invite", exact: true }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Invite sent" })).toBeVisible();
}

test("a clinic sets itself up on an empty database, brings in colleagues, requires a second factor and hands a caseload over", async ({ browser }) => {
  test.setTimeout(240_000);
  const databaseUrl = await emptyDatabase();
  execFileSync("npx", ["tsx", "scripts/migrate.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
  const { server, output, setupLink } = startServer(databaseUrl);
  try {
    const link = await setupLink;
    await expect.poll(async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
    const tag = randomUUID().slice(0, 8);
    const lee = `lee-${tag}@clinic.test`;
    const kim = `kim-${tag}@clinic.test`;

    // 1. The set-up page creates the clinic and its first admin, who lands on the team page signed in.
    const admin = await (await browser.newContext({ baseURL: BASE })).newPage();
    await admin.goto(link);
    await admin.getByLabel("Clinic name").fill("Harbour Physio");
    await admin.getByLabel("Clinic phone").fill("01632 960 555");
    await admin.getByLabel("Clinic time zone").fill("Europe/London");
    await admin.getByLabel("Your name").fill("Ada Admin");
    await admin.getByLabel("Your email").fill(`ada-${tag}@clinic.test`);
    await admin.getByLabel("Choose a password").fill(PASSWORD);
    await admin.getByLabel("Type it again").fill(PASSWORD);
    await admin.getByRole("button", { name: "Create the clinic" }).click();
    await expect(admin).toHaveURL(/\/clinic\/team$/);
    await expect(admin.getByRole("listitem", { name: "Ada Admin" })).toContainText("admin");

    // 2. Two colleagues join from their emailed links; Lee adds a runner.
    await invite(admin, "Lee Jones", lee);
    await invite(admin, "Kim Park", kim);
    const leePage = await join(browser, lee);
    const kimPage = await join(browser, kim);
    await leePage.goto("/clinic/runners/new");
    await leePage.getByLabel("Name").fill("Rory Runner");
    await leePage.getByLabel("Email").fill(`rory-${tag}@runner.test`);
    await leePage.getByLabel("Presentation").selectOption({ label: "Sciatic nerve tension" });
    await leePage.getByLabel("Affected side").selectOption({ label: "Left" });
    await leePage.getByRole("radiogroup", { name: /Usual pain/ }).getByRole("radio", { name: "1", exact: true }).check();
    await leePage.getByRole("checkbox", { name: "None of these" }).check();
    await leePage.getByRole("button", { name: "Add runner and create invite" }).click();
    await expect(leePage.getByRole("textbox", { name: "Invite link" })).toBeVisible();

    // 3. The admin requires a second factor; Lee, signing in again, is led through enrolment first.
    await admin.goto("/clinic/team");
    await admin.getByLabel("Require a second factor for every clinician").check();
    await admin.getByRole("button", { name: "Save clinic details" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "Clinic details saved" })).toBeVisible();
    await leePage.context().clearCookies();
    await leePage.goto("/login");
    await leePage.getByLabel("Email").fill(lee);
    await leePage.getByLabel("Password").fill(PASSWORD);
    await leePage.getByRole("button", { name: "Sign in" }).click();
    await expect(leePage).toHaveURL(/\/account\/security$/);
    // Nothing else opens until enrolment is done.
    await leePage.goto("/clinic");
    await expect(leePage).toHaveURL(/\/account\/security$/);
    const secret = (await leePage.getByTestId("totp-secret").textContent())!.trim();
    await leePage.getByLabel("Code from your app").fill(await generate({ secret }));
    await leePage.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(leePage.getByRole("list", { name: "Shown once" }).getByRole("listitem")).toHaveCount(10);
    await leePage.getByRole("link", { name: /continue/ }).click();
    await expect(leePage).toHaveURL(/\/clinic$/);
    await expect(leePage.getByRole("link", { name: "Rory Runner" })).toBeVisible();

    // 4. Lee is deactivated: the open session is refused at its next request.
    await admin.goto("/clinic/team");
    await admin.getByRole("listitem", { name: "Lee Jones" }).getByRole("button", { name: "Deactivate" }).click();
    await expect(admin.getByRole("listitem", { name: "Lee Jones" })).toContainText("deactivated");
    await leePage.goto("/clinic");
    await expect(leePage).toHaveURL(/\/login/);

    // 5. Lee's runner waits on the admin's roster as "no clinician", and is handed to Kim.
    await admin.goto("/clinic");
    await expect(admin.getByRole("row", { name: /Rory Runner/ })).toContainText("No clinician");
    await admin.goto("/clinic/team");
    const leeRow = admin.getByRole("listitem", { name: "Lee Jones" });
    await leeRow.getByLabel("Hand Lee Jones's runners to").selectOption({ label: "Kim Park" });
    await leeRow.getByRole("button", { name: /Hand over (all|their)/ }).click();
    // The team page redraws with the caseload moved: Lee has none left, Kim has the runner.
    await expect(leeRow).toContainText("0 runners");
    await expect(admin.getByRole("listitem", { name: "Kim Park" })).toContainText("1 runner");
    await kimPage.goto("/clinic");
    await expect(kimPage.getByRole("link", { name: "Rory Runner" })).toBeVisible();

    // 6. The set-up page is gone for good, and its token never reached the request log.
    expect((await admin.request.get(new URL(link).pathname)).status()).toBe(404);
    const token = link.split("/").pop()!;
    expect(output().split(token).length - 1, "the set-up token appears once: the start-up line").toBe(1);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
});
