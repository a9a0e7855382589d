import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { morningCheckins, sessionLogs } from "@/db/schema";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";
import { fillRun, pick, tickDueAndPickPain } from "./helpers";

/*
 * The installable app on a phone: Chromium's install criteria, a service worker in control, and entries
 * (a run, an exercise session, a check-in) made without a connection kept on the phone, shown as waiting,
 * and stored once when it returns, even when two open tabs send them at the same moment.
 */
test.use({ serviceWorkers: "allow" });

async function controlled(page: Page) {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker?.controller)), { timeout: 20_000, message: "a service worker controls the page" }).toBe(true);
}

/** Opens each page once online, as a runner does, so that the service worker keeps a copy. */
async function visitOnline(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
  }
}

test("StrideBack is installable, and its service worker is small and controls the runner's pages", async ({ playwright, db, request, baseURL }) => {
  const { runner } = await createRunnerWithPlan(db);
  // Chromium never offers to install from a private window, which every test context is: this one has a profile.
  const profile = await mkdtemp(path.join(tmpdir(), "strideback-install-"));
  const context = await playwright.chromium.launchPersistentContext(profile, {
    baseURL,
    executablePath: process.env.STRIDEBACK_CHROMIUM || undefined,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 360, height: 740 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await signIn(page, runner);
  await page.goto("/today");
  await controlled(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
  expect(installabilityErrors).toEqual([]);
  // Installed, the app offers notifications instead of email (subscribing needs Chromium's push service,
  // which is on the Internet: delivery is tested against a local push service in jobs.int.test.ts).
  await page.goto("/settings");
  await expect(page.getByRole("button", { name: "Turn notifications on for this phone" })).toBeVisible();
  await context.close();
  await rm(profile, { recursive: true, force: true });

  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as { name: string; start_url: string; display: string; icons: { sizes: string; src: string }[] };
  expect(manifest).toMatchObject({ name: "StrideBack", start_url: "/today", display: "standalone" });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()["content-type"]).toBe("image/png");

  // What the service worker adds to a first load: its own script, compressed.
  const sw = await request.get("/sw.js");
  expect(sw.ok()).toBe(true);
  expect(gzipSync(await sw.body()).length).toBeLessThan(20 * 1024);
});

test("offline, a run, an exercise session and a check-in wait on the phone and are stored once when the connection returns", async ({ browser, db }) => {
  test.setTimeout(90_000);
  const { runner } = await createRunnerWithPlan(db);
  const context: BrowserContext = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, runner);
  await page.goto("/today");
  await controlled(page);
  await visitOnline(page, ["/log/run", "/log/session", "/check-in", "/today"]);

  await context.setOffline(true);
  await page.goto("/log/run");
  await fillRun(page, { km: "4.2", minutes: "27", during: 1, after: 2, rpe: 4, notes: "Offline along the river" });
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your run is kept on this phone, waiting to send" })).toBeVisible();

  await page.goto("/log/session");
  await tickDueAndPickPain(page, 1);
  await pick(page, "Pain after the session", 1);
  await pick(page, "Effort (RPE)", 3);
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your exercise session is kept on this phone, waiting to send" })).toBeVisible();

  await page.goto("/check-in");
  await pick(page, "Pain this morning", 1);
  await pick(page, "Stiffness this morning", 2);
  const none = page.getByRole("checkbox", { name: "None of these" });
  if (await none.count()) await none.check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your check-in is kept on this phone, waiting to send" })).toBeVisible();

  // A second tab, opened offline from the phone's copy: both list what is waiting.
  const other = await context.newPage();
  await other.goto("/today");
  for (const tab of [page, other]) {
    const list = tab.getByRole("region", { name: "Entries on this phone" });
    await expect(list.getByRole("listitem").filter({ hasText: /^Run on .*: waiting to send/ })).toHaveCount(1);
    await expect(list.getByRole("listitem").filter({ hasText: /^Check-in on .*: waiting to send/ })).toHaveCount(1);
    await expect(list.getByRole("listitem").filter({ hasText: /^Exercise session on .*: waiting to send/ })).toHaveCount(1);
  }
  expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toEqual([]);

  // Back online: both tabs send at once. Each entry is stored once, and the runner sees when it was sent.
  await context.setOffline(false);
  for (const tab of [page, other]) {
    const list = tab.getByRole("region", { name: "Entries on this phone" });
    await expect(list.getByRole("listitem").filter({ hasText: /^Run on .*: sent at \d/ })).toHaveCount(1, { timeout: 15_000 });
    await expect(list.getByRole("listitem").filter({ hasText: /^Check-in on .*: sent at \d/ })).toHaveCount(1, { timeout: 15_000 });
    await expect(list.getByRole("listitem").filter({ hasText: /^Exercise session on .*: sent at \d/ })).toHaveCount(1, { timeout: 15_000 });
  }
  const runs = await db.select().from(sessionLogs).where(and(eq(sessionLogs.runnerId, runner.id), eq(sessionLogs.kind, "run")));
  expect(runs.map((r) => [r.distanceKm, r.durationMinutes, r.painDuring, r.painAfter, r.notes])).toEqual([[4.2, 27, 1, 2, "Offline along the river"]]);
  const sessions = await db.select().from(sessionLogs).where(and(eq(sessionLogs.runnerId, runner.id), eq(sessionLogs.kind, "exercise")));
  expect(sessions.map((r) => [r.painAfter, r.rpe])).toEqual([[1, 3]]);
  const checkins = await db.select().from(morningCheckins).where(eq(morningCheckins.runnerId, runner.id));
  expect(checkins.map((c) => [c.pain, c.stiffness])).toEqual([[1, 2]]);

  // The phone sends the run again, as one that never heard the answer would: 200, nothing new stored.
  const again = await page.request.post("/api/logs", {
    data: { kind: "run", fields: [["clientId", runs[0]!.clientId], ["date", runs[0]!.date], ["distanceKm", "4.2"], ["durationMinutes", "27"], ["painDuring", "1"], ["painAfter", "2"], ["rpe", "4"], ["notes", "Offline along the river"]] },
  });
  expect(again.status()).toBe(200);
  expect(await db.select().from(sessionLogs).where(and(eq(sessionLogs.runnerId, runner.id), eq(sessionLogs.kind, "run")))).toHaveLength(1);
  await context.close();
});
