import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import PgBoss from "pg-boss";
import { connect, selectRows } from "@/db";
import { accountClosures, clinicianNotes, messages, morningCheckins, redFlagReports, reminderSettings, runFiles, sessionLogs, users } from "@/db/schema";
import { adapter, QUEUES, SCHEMA } from "@/lib/jobs/queues";
import { addDaysIso, today } from "@/lib/dates";
import { createRunnerInCare } from "@/testing/factories";
import { fitFile, route } from "@/testing/run-files";
import { seriousViolations } from "../support/axe";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";
import { mailTo } from "../support/mail";
import { openSection } from "../support/sections";

/*
 * A record's life after care, through the app and its worker: a runner's own copy of their data, and a
 * closed account kept for the clinic's retention period, then de-identified by the daily job (given a
 * clock nine years on, as its cron would give it then).
 */
const mediaDir = path.join(process.cwd(), ".data", "media");

/** A watch file in the media store with its row, as the import leaves it once saved. */
async function storedRunFile(db: Parameters<typeof createRunnerInCare>[0], runnerId: string, logId: string) {
  const bytes = fitFile(route({ points: 60, startedAt: `${today()}T06:00:00Z` }));
  const key = `runs/${runnerId}/${randomUUID()}.fit`;
  const file = path.join(mediaDir, key);
  const { mkdirSync, writeFileSync } = await import("node:fs");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  await db.insert(runFiles).values({ runnerId, sha256: randomUUID().replaceAll("-", "").padEnd(64, "0"), format: "fit", fileName: "Morning Run.fit", sizeBytes: bytes.length, storageKey: key, startedAt: new Date(), distanceKm: 5, movingSeconds: 1800, elapsedSeconds: 1800, sessionLogId: logId });
  return { bytes, file };
}

/** A runner's record of every kind: a run with notes and its watch file, a check-in, a message, a red flag, a clinician's note. */
async function recordOf(db: Parameters<typeof createRunnerInCare>[0], runnerId: string, clinicianId: string, words: string) {
  const [log] = await db.insert(sessionLogs).values({ runnerId, clientId: randomUUID(), kind: "run", date: today(), durationMinutes: 30, rpe: 4, painDuring: 1, painAfter: 2, distanceKm: 5, notes: `${words}: felt it on the hill` }).returning();
  const [checkin] = await db.insert(morningCheckins).values({ runnerId, clientId: randomUUID(), date: addDaysIso(today(), -1), pain: 1, stiffness: 2 }).returning();
  const [message] = await db.insert(messages).values({ runnerId, authorId: runnerId, clientId: randomUUID(), body: `${words}: can I race on Sunday?` }).returning();
  const [flag] = await db.insert(redFlagReports).values({ runnerId, clientId: randomUUID(), source: "worry", asked: ["foot-drop"], signs: [], reportedBy: runnerId }).returning();
  await db.insert(clinicianNotes).values({ runnerId, authorId: clinicianId, body: `${words}: works night shifts` });
  const file = await storedRunFile(db, runnerId, log!.id);
  return { log: log!, checkin: checkin!, message: message!, flag: flag!, file };
}

test("a runner downloads their data: every log, check-in, message, flag and file of theirs, and nothing of another runner's", async ({ page, browser, db }) => {
  test.setTimeout(90_000);
  const { clinic, clinician, runner } = await createRunnerWithPlan(db);
  const other = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id });
  const mine = await recordOf(db, runner.id, clinician.id, "Mine");
  const theirs = await recordOf(db, other.id, clinician.id, "Theirs");

  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, runner);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Download my data" }).click();
  await expect(page.getByRole("status").filter({ hasText: "your archive is being prepared" })).toBeVisible();
  const [mail] = await mailTo(runner.email);
  expect(mail!.subject).toBe("Your StrideBack data archive is ready");
  expect(mail!.text).toContain("/settings#your-data");

  await page.reload();
  const link = page.getByRole("link", { name: /^Download the archive/ });
  await expect(link).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const names = Object.keys(files);
  const records = (table: string) => JSON.parse(strFromU8(files[`records/${table}.json`]!)) as { id: string }[];
  expect(records("session_logs").map((r) => r.id)).toContain(mine.log.id);
  expect(records("morning_checkins").map((r) => r.id)).toEqual([mine.checkin.id]);
  expect(records("messages").map((r) => r.id)).toEqual([mine.message.id]);
  expect(records("red_flag_reports").map((r) => r.id)).toEqual([mine.flag.id]);
  const fit = names.filter((n) => n.startsWith("files/run-files/"));
  expect(fit).toHaveLength(1);
  expect(Buffer.from(files[fit[0]!]!).equals(Buffer.from(mine.file.bytes))).toBe(true);
  expect(strFromU8(files["README.md"]!)).toContain("### session_logs.json");
  expect(JSON.parse(strFromU8(files["fhir-bundle.json"]!)).resourceType).toBe("Bundle");
  const text = names.filter((n) => !n.startsWith("files/")).map((n) => strFromU8(files[n]!)).join("\n");
  for (const id of [other.id, theirs.log.id, theirs.message.id, theirs.flag.id]) expect(text).not.toContain(id);
  expect(text).not.toContain("Theirs:");

  // The archive is the requester's alone: another runner of the same physio gets "not found".
  const archive = new URL(await link.getAttribute("href") ?? "", "http://x").pathname;
  const stranger = await browser.newContext();
  await signIn(await stranger.newPage(), other);
  expect((await stranger.request.get(archive)).status()).toBe(404);
  await stranger.close();
});

test("a closed account: no sign-in, no reminder, the record stays with the care team, and after the retention period only the numbers remain", async ({ page, browser, db }) => {
  test.setTimeout(120_000);
  const { clinician, runner } = await createRunnerWithPlan(db);
  await db.update(users).set({ isAdmin: true }).where(eq(users.id, clinician.id));
  const record = await recordOf(db, runner.id, clinician.id, "Closing");
  // Exercise reminders at 07:00 every day, for the closed runner and for one who stays, who proves the tick sends.
  const { runner: staying } = await createRunnerWithPlan(db);
  for (const who of [runner.id, staying.id]) await db.insert(reminderSettings).values({ userId: who, exerciseDays: 127, exerciseTime: "07:00", checkinReminder: false, nudge: false, digest: false });

  // The clinician discharges the runner, so the episode is in the clinic's figures.
  await signIn(page, clinician);
  await page.goto(`/clinic/runners/${runner.id}`);
  const discharge = await openSection(page, "Discharge");
  await discharge.getByLabel("Reason for discharge").fill("Moved to Leeds for work.");
  await discharge.getByRole("button", { name: "Discharge this runner" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: `Discharge ${runner.name}` }).click();
  await expect(page.getByRole("article", { name: "Discharge summary" })).toBeVisible();
  await page.goto("/clinic/outcomes");
  const figures = async () => (await page.getByRole("table", { name: "By presentation" }).innerText()).trim();
  const before = await figures();
  expect(before).toMatch(/1/);

  // The runner closes their own account: a wrong password is refused, then it closes and signs them out.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const mobile = await phone.newPage();
  await signIn(mobile, runner);
  await mobile.goto("/settings#close-account");
  await mobile.getByLabel("Your password").fill("not-my-password");
  await mobile.getByLabel(/^I understand/).check();
  await mobile.getByRole("button", { name: "Close my account" }).click();
  await expect(mobile.getByText("That is not your password. Your account is still open.")).toBeVisible();
  await mobile.getByLabel("Your password").fill(runner.password);
  await mobile.getByLabel(/^I understand/).check();
  await mobile.getByRole("button", { name: "Close my account" }).click();
  await expect(mobile.getByRole("status").filter({ hasText: "Your account is closed" })).toBeVisible();
  await mobile.goto("/today");
  await expect(mobile).toHaveURL(/\/login/);
  await mobile.getByLabel("Email").fill(runner.email);
  await mobile.getByLabel("Password").fill(runner.password);
  await mobile.getByRole("button", { name: "Sign in" }).click();
  await expect(mobile.getByRole("alert").filter({ hasText: "That email and password do not match an account." })).toBeVisible();
  await expect(mobile).toHaveURL(/\/login/);
  await phone.close();

  // Tomorrow's 07:00 tick reminds the runner who stayed, and not the one who left.
  const connection = await connect({ databaseUrl: process.env.E2E_DATABASE_URL });
  const clock = new PgBoss({ db: adapter(connection.executeSql), schema: SCHEMA, supervise: false, schedule: false, migrate: false });
  await clock.send(QUEUES.tick, { at: `${addDaysIso(today(), 1)}T07:00:00.000Z` });
  const [reminder] = await mailTo(staying.email);
  expect(reminder!.subject).toBe("Your exercises for today");
  const sent = async (who: string) => (await selectRows<{ n: number }>(db, sql`select count(*)::int as n from deliveries where user_id = ${who}`))[0]!.n;
  await expect.poll(() => sent(staying.id)).toBe(1);
  expect(await sent(runner.id)).toBe(0);

  // The care team still reads the whole record.
  await page.goto(`/clinic/runners/${runner.id}`);
  await expect(page.getByRole("heading", { level: 1, name: runner.name })).toBeVisible();
  await expect(page.getByRole("status", { name: "Account closed" })).toContainText("by the runner");
  await expect(page.getByRole("paragraph").filter({ hasText: "Closing: works night shifts" })).toBeVisible();

  // Nine years on, the daily job removes what identifies them, and says so.
  await clock.send(QUEUES.lifecycle, { at: new Date(Date.now() + 9 * 365.25 * 86_400_000).toISOString() });
  const removed = async () => (await db.select({ at: accountClosures.deidentifiedAt }).from(accountClosures).where(eq(accountClosures.runnerId, runner.id)))[0]?.at ?? null;
  await expect.poll(removed, { timeout: 20_000 }).not.toBeNull();
  await connection.close();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Former runner" })).toBeVisible();
  await expect(page.getByRole("status", { name: "Account closed" })).toContainText(/Identifying data removed on .*: name, email, \d+ notes, 1 message and 1 file\./);
  await expect(page.getByText("Closing: works night shifts")).toHaveCount(0);
  await expect(page.getByText(runner.email)).toHaveCount(0);
  expect(existsSync(record.file.file)).toBe(false);
  const [row] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, runner.id));
  expect(row).toEqual({ name: "Former runner", email: `closed-${runner.id}@removed.invalid` });
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto("/clinic/outcomes");
  expect(await figures()).toBe(before);
  await page.goto("/clinic/audit");
  await expect(page.getByText(/StrideBack removed the identifying data of Former runner \(name, email, notes, messages and files\)/)).toBeVisible();
  await expect(page.getByText(/closed Former runner's account/)).toBeVisible();
});
