import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { runFiles, sessionLogs } from "@/db/schema";
import type { Page } from "@playwright/test";
import { addDaysIso, today } from "@/lib/dates";
import { SHARE_TARGET, SHARED_FILES_FIELD } from "@/lib/offline/shared-runs";
import { fitFile, gpxFile, route, routeCoordinates } from "@/testing/run-files";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";
import { formatDistance } from "@/lib/units";
import { pick } from "./helpers";

type RunFile = { name: string; mimeType: string; buffer: Buffer };
const fitUpload = (name: string, r = route()): RunFile => ({ name, mimeType: "application/octet-stream", buffer: Buffer.from(fitFile(r)) });

/** What the phone does when a file is shared to the installed app from the watch's: a multipart post to the manifest's share target. */
async function shareToApp(page: Page, file: RunFile) {
  await page.evaluate(({ action, field }) => {
    const form = Object.assign(document.createElement("form"), { method: "post", enctype: "multipart/form-data", action });
    form.append(Object.assign(document.createElement("input"), { type: "file", name: field, id: "shared-file" }));
    document.body.append(form);
  }, { action: SHARE_TARGET, field: SHARED_FILES_FIELD });
  await page.locator("#shared-file").setInputFiles(file);
  await page.evaluate(() => document.querySelector<HTMLInputElement>("#shared-file")!.form!.submit());
}

/*
 * A run from the watch, on a 360 px phone: the file read on the server, the runner's pain added, one run
 * stored however often the file comes back, and the clinician reading pace and heart rate, never the route.
 */
test("a runner imports a FIT file, adds pain and saves; the same file again is recognised; the clinician sees the pace", async ({ page, db, browser }) => {
  const { runner, clinician } = await createRunnerWithPlan(db);
  const r = route({ startedAt: `${today()}T00:05:00Z` });
  const file = fitUpload("Morning_Run.fit", r);
  await signIn(page, runner);

  await page.goto("/log");
  await page.getByRole("link", { name: /Import runs from your watch/ }).click();
  await page.getByLabel("Run files (.fit, .gpx or .tcx)").setInputFiles(file);
  await page.getByRole("button", { name: "Read the files" }).click();
  await expect(page).toHaveURL(/\/log\/run\/import\/[0-9a-f-]{36}$/);
  const measured = page.getByRole("region", { name: "What your watch measured" });
  await expect(measured).toContainText(formatDistance(r.expected.distanceKm, "km"));
  await expect(measured).toContainText(`${r.expected.maxHr} max`);
  // The form asks only what the watch cannot know.
  await expect(page.getByLabel("Distance (km)")).toHaveCount(0);
  await pick(page, "Pain during the run", 2);
  await pick(page, "Pain after the run", 3);
  await pick(page, "Effort (RPE)", 5);
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page).toHaveURL(/\/today\?logged=/);

  // The same file again, as runners do when they are not sure it went through.
  await page.goto("/log/run/import");
  await page.getByLabel("Run files (.fit, .gpx or .tcx)").setInputFiles(file);
  await page.getByRole("button", { name: "Read the files" }).click();
  await expect(page.getByRole("list", { name: "Already saved" })).toContainText("Morning_Run.fit: already saved as your run of");
  expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toHaveLength(1);
  expect(await db.select().from(runFiles).where(eq(runFiles.runnerId, runner.id))).toHaveLength(1);

  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, clinician);
  const perKm = Math.round(r.expected.movingSeconds / (Math.round(r.expected.distanceKm * 100) / 100));
  const pace = `${Math.floor(perKm / 60)}:${String(perKm % 60).padStart(2, "0")} /km`;
  await desk.goto("/clinic");
  await expect(desk.getByRole("row").filter({ hasText: runner.name })).toContainText(`${formatDistance(r.expected.distanceKm, "km")}, ${pace} (watch)`);
  await desk.goto(`/clinic/runners/${runner.id}`);
  const recent = desk.getByRole("list", { name: "Recent logs" });
  await expect(recent).toContainText(pace);
  await expect(recent).toContainText(`heart rate ${Math.round(r.expected.avgHr)} average, ${r.expected.maxHr} max`);
  const [lat, lon] = routeCoordinates(r);
  const html = await desk.content();
  expect(html).not.toContain(lat!);
  expect(html).not.toContain(lon!);
});

test("a file that is not a run file is refused with its reason and nothing is stored", async ({ page, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  await signIn(page, runner);
  await page.goto("/log/run/import");
  await page.getByLabel("Run files (.fit, .gpx or .tcx)").setInputFiles({ name: "route.gpx", mimeType: "application/gpx+xml", buffer: Buffer.from("date,km\n2026-12-05,5\n") });
  await page.getByRole("button", { name: "Read the files" }).click();
  await expect(page.getByText("route.gpx: That is not a FIT, GPX or TCX file.")).toBeVisible();
  // The outbox's route takes a multipart form, which any site could send with the runner's cookie: refused.
  const forged = await page.request.post("/api/run-files", { headers: { origin: "https://elsewhere.example" }, multipart: { clientId: randomUUID(), painDuring: "1", painAfter: "1", rpe: "3", file: fitUpload("run.fit") } });
  expect(forged.status()).toBe(403);
  // So does the share target: a share comes from the phone itself, not from another site.
  const forgedShare = await page.request.post("/log/run/import/shared", { headers: { origin: "https://elsewhere.example", "sec-fetch-site": "cross-site" }, multipart: { runs: fitUpload("run.fit") }, maxRedirects: 0 });
  expect(forgedShare.status()).toBe(403);
  expect(await db.select().from(runFiles).where(eq(runFiles.runnerId, runner.id))).toHaveLength(0);

  // A share that reaches the server (no service worker running yet) is read there, as the page reads files:
  // one run goes straight to its pain scores; a good file with a bad one lands on the import page, which says so.
  const share = async (...files: RunFile[]) => {
    const form = new FormData();
    for (const f of files) form.append("runs", new File([new Uint8Array(f.buffer)], f.name, { type: f.mimeType }));
    const response = await page.request.post("/log/run/import/shared", { headers: { "sec-fetch-site": "none" }, multipart: form, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    return response.headers()["location"]!;
  };
  // A long run's GPX, well over a megabyte: more than any other form may post, and still read.
  const long = gpxFile(route({ points: 8000, startedAt: `${addDaysIso(today(), -1)}T06:00:00Z` }));
  expect(long.length).toBeGreaterThan(1024 * 1024);
  const alone = await share({ name: "long.gpx", mimeType: "application/gpx+xml", buffer: Buffer.from(long) });
  const [read] = await db.select().from(runFiles).where(eq(runFiles.runnerId, runner.id));
  expect(alone).toMatch(new RegExp(`/log/run/import/${read!.id}$`));
  await page.goto(await share(fitUpload("evening.fit", route({ startedAt: `${addDaysIso(today(), -1)}T18:00:00Z` })), { name: "notes.gpx", mimeType: "application/gpx+xml", buffer: Buffer.from("ran 5k") }));
  await expect(page.getByRole("status")).toHaveText("From your share: 1 run waits for your pain scores below; 1 file could not be read as a run: choose it again to see why.");
  await expect(page.getByRole("region", { name: "Waiting for your pain scores" }).getByRole("listitem")).toHaveCount(2);
});

test.describe("in miles", () => {
  // A phone set to American English: its language proposes miles.
  test.use({ locale: "en-US" });

  test("a runner in miles types and reads miles on their pages; their clinician, in kilometres, reads the same run in kilometres", async ({ page, db, browser }) => {
    const { runner, clinician } = await createRunnerWithPlan(db);
    await signIn(page, runner);
    await page.goto("/settings");
    await expect(page.getByText("Proposed from your browser's language")).toBeVisible();
    await expect(page.getByLabel("Distances in")).toHaveValue("mi");
    await page.getByRole("button", { name: "Save distances" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    await page.goto("/log/run");
    await page.getByLabel("Distance (mi)").fill("3.1");
    await page.getByLabel("Duration (minutes)").fill("28");
    await pick(page, "Pain during the run", 1);
    await pick(page, "Pain after the run", 2);
    await pick(page, "Effort (RPE)", 4);
    await page.getByRole("button", { name: "Save run" }).click();
    await expect(page).toHaveURL(/\/today\?logged=/);
    await expect(page.getByRole("region", { name: "Logged today" })).toContainText("Run, 3.1 mi");
    const [stored] = await db.select({ km: sessionLogs.distanceKm }).from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id));
    expect(stored!.km).toBe(4.99);

    await page.goto("/history");
    await expect(page.getByRole("listitem", { name: "Run, 3.1 mi" })).toContainText("3.1 mi in 28 min, 9:02 /mi");
    await page.goto("/progress");
    const running = page.getByRole("region", { name: "Running load" });
    await expect(running).toContainText("Last 7 days: 3.1 mi in 1 run");
    await expect(running).toContainText("Distance (mi)");

    // The clinician's phone is American too, but they read kilometres: their own choice, on their own screens.
    const desk = await (await browser.newContext({ locale: "en-US" })).newPage();
    await signIn(desk, clinician);
    await desk.goto("/clinic/settings");
    await desk.getByLabel("Distances in").selectOption("km");
    await desk.getByRole("button", { name: "Save distances" }).click();
    await expect(desk.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await desk.goto(`/clinic/runners/${runner.id}`);
    await expect(desk.getByRole("list", { name: "Recent logs" })).toContainText("run 4.99 km in 28 min, 5:37 /km");
  });
});

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });

  test("a run shared from the watch's app without a connection is read on the phone, kept with the runner's pain, and stored once when the connection returns", async ({ page, context, db }) => {
    test.setTimeout(90_000);
    const { runner } = await createRunnerWithPlan(db);
    const r = route({ startedAt: `${today()}T00:05:00Z` });
    await signIn(page, runner);
    await page.goto("/log/run/import");
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker?.controller)), { timeout: 20_000 }).toBe(true);
    // Loaded once through the worker, as an installed app's pages have been: the phone keeps a copy.
    await page.reload();

    // Offline, the run is shared from the watch's app to the installed app: the service worker keeps the
    // file and opens the import page (from the phone's copy), which reads it on the phone.
    await context.setOffline(true);
    await shareToApp(page, fitUpload("Long_Run.fit", r));
    await expect(page.getByRole("status").filter({ hasText: "Shared from your watch's app: Long_Run.fit." })).toBeVisible();
    const read = page.getByRole("article", { name: "Long_Run.fit" });
    await expect(read).toContainText(formatDistance(r.expected.distanceKm, "km"));
    await read.getByRole("button", { name: "Keep on this phone, send later" }).click();
    await expect(read.getByRole("alert")).toHaveText("Choose pain during, pain after and effort.");
    await pick(page, "Pain during the run", 2);
    await pick(page, "Pain after the run", 2);
    await pick(page, "Effort (RPE)", 6);
    await read.getByRole("button", { name: "Keep on this phone, send later" }).click();
    await expect(read.getByRole("status")).toContainText("kept on this phone");
    const outbox = page.getByRole("region", { name: "Entries on this phone" });
    await expect(outbox).toContainText("Run from your watch on");
    await expect(outbox).toContainText("waiting to send");
    expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toHaveLength(0);

    await context.setOffline(false);
    await expect(outbox).toContainText("sent at");
    const runs = await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ rpe: 6, painAfter: 2, durationMinutes: Math.round(r.expected.movingSeconds / 60) });
    const [file] = await db.select().from(runFiles).where(eq(runFiles.runnerId, runner.id));
    expect(file!.sessionLogId).toBe(runs[0]!.id);

    // Shared again online, the file is read by the server at once: the same run, not a second one.
    await shareToApp(page, fitUpload("Long_Run.fit", r));
    await expect(page.getByRole("list", { name: "Already saved" })).toContainText("Long_Run.fit: already saved as your run of");
    expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toHaveLength(1);
  });
});
