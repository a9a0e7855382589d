import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { eq } from "drizzle-orm";
import { connect } from "@/db";
import { migrate } from "@/lib/prepare-database";
import { sessionLogs } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { createClinic, createRunnerInCare, createUser } from "@/testing/factories";
import { expect, signIn, test } from "../support/fixtures";
import { fillRun } from "../runner/helpers";
import { ports } from "../support/ports";

/*
 * A database outage under load, on a PostgreSQL cluster and an app server of this test's own (so no other
 * test loses its database): pages answer 503 with the outage message while it is down, a form keeps what
 * was typed, requests succeed within 5 s of the database coming back, nothing acknowledged is lost, and
 * the server logs no uncaught exception.
 */
const cluster = (...args: string[]) => execFileSync("bash", ["scripts/pg-cluster.sh", ...args], { encoding: "utf8" }).trim();
const PORT = ports.outage;
const BASE = `http://localhost:${PORT}`;
const OUTAGE = "StrideBack cannot reach its database; nothing you entered is lost, try again in a minute.";

test("the database stops under load and comes back: 503 with a plain message, then service within 5 s, nothing acknowledged lost", async ({ browser }) => {
  test.setTimeout(180_000);
  const [dir, base] = cluster("start").split(" ") as [string, string];
  const port = new URL(base).port;
  let server: ChildProcess | undefined;
  let log = "";
  try {
    cluster("createdb", base, "outage");
    const url = `${base}/outage`;
    const connection = await connect({ databaseUrl: url });
    await migrate(connection);
    const clinic = await createClinic(connection.db);
    const clinician = await createUser(connection.db, { clinicId: clinic.id, role: "clinician" });
    const runner = await createRunnerInCare(connection.db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: addDaysIso(today(), -30) });
    // Its own process group, so that stopping it stops next-server too, not only the npx wrapper.
    server = spawn("npx", ["next", "start", "-p", String(PORT)], {
      detached: true,
      env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: "e2e-only-secret-not-for-production-use-000000", AUTH_TRUST_HOST: "true", STRIDEBACK_PUBLIC_URL: BASE },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (d) => (log += d));
    server.stderr!.on("data", (d) => (log += d));
    await expect.poll(async () => (await fetch(`${BASE}/api/health`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);

    const context = await browser.newContext({ baseURL: BASE });
    const page = await context.newPage();
    await signIn(page, runner);
    // Load: a second browser keeps asking for pages all through.
    const load = await browser.newContext({ baseURL: BASE });
    const loadPage = await load.newPage();
    await signIn(loadPage, runner);
    let loading = true;
    const statuses: number[] = [];
    const background = (async () => {
      while (loading) statuses.push((await loadPage.request.get("/today", { maxRedirects: 0 }).catch(() => null))?.status() ?? 0);
    })();

    let acknowledged = 0;
    for (let i = 0; i < 3; i++) {
      await page.goto("/log/run");
      await fillRun(page, { km: String(3 + i), minutes: "20", during: 1, after: 1, rpe: 3 });
      await page.getByRole("button", { name: "Save run" }).click();
      await expect(page).toHaveURL(/\/today\?logged=/);
      acknowledged++;
    }
    await page.goto("/log/run");
    await fillRun(page, { km: "7.5", minutes: "45", during: 2, after: 1, rpe: 5, notes: "kept through the outage" });

    cluster("halt", dir);
    // While it is down: pages answer 503 with the message (a probe now and then may fail on its own).
    await expect.poll(async () => {
      const response = await context.request.get("/today", { maxRedirects: 0 });
      return response.status() === 503 && (await response.text()).includes(OUTAGE);
    }, { timeout: 15_000 }).toBe(true);
    // A form posted now says so, and keeps what was typed.
    await page.getByRole("button", { name: "Save run" }).click();
    await expect(page.getByRole("alert").filter({ hasText: OUTAGE })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByLabel("Notes")).toHaveValue("kept through the outage");

    cluster("resume", dir, port);
    const back = Date.now();
    await expect.poll(async () => (await context.request.get("/today", { maxRedirects: 0 })).status(), { timeout: 5_000, intervals: [250] }).toBe(200);
    test.info().annotations.push({ type: "recovery", description: `pages answered again ${Date.now() - back} ms after the database came back` });
    await page.getByRole("button", { name: "Save run" }).click();
    await expect(page).toHaveURL(/\/today\?logged=/);
    acknowledged++;
    loading = false;
    await background;
    expect(statuses).toContain(503);

    const stored = await connection.db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id));
    expect(stored).toHaveLength(acknowledged);
    expect(stored.map((s) => s.notes)).toContain("kept through the outage");
    await connection.close();
    await Promise.all([context.close(), load.close()]);
    expect(log).not.toMatch(/uncaughtException|unhandledRejection|Unhandled/);
  } finally {
    await test.info().attach("server log", { body: log, contentType: "text/plain" });
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    cluster("stop", dir);
  }
});
