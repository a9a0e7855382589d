import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { eq, sql } from "drizzle-orm";
import type { APIRequestContext, Page } from "@playwright/test";
import { morningCheckins, runFiles, runnerProfiles, sessionLogs } from "@/db/schema";
import { fitFile, route } from "@/testing/run-files";
import { addDaysIso, today } from "@/lib/dates";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";
import { actionForm, postForm } from "../support/http-forms";

/*
 * Every server action that takes what a person types, driven over HTTP with generated bad input: values out
 * of range, words for numbers, control characters, impossible dates, over-long text, omitted and doubled
 * fields. Whatever arrives: never a 5xx, a clear refusal on the page when nothing was stored, and no stored
 * row that breaks a rule.
 */

const junk = fc.oneof(
  fc.constantFrom("", "   ", "-1", "11", "2.5", "abc", "1e9", "NaN", "0000-01-01", "9999-12-31", "2026-02-30", "\u0000", "a\u0000b", "null", "<script>x</script>", "x".repeat(5000)),
  fc.string({ maxLength: 12 }),
);

/** A value for each field: a plausible one, junk, or left out; sometimes sent twice. */
function formArbitrary(valid: Record<string, fc.Arbitrary<string>>) {
  const fields = Object.fromEntries(
    Object.entries(valid).map(([name, good]) => [name, fc.record({ value: fc.option(fc.oneof(good, junk), { nil: undefined }), twice: fc.boolean().map((b) => b && Math.random() < 0.15) })]),
  );
  return fc.record(fields);
}

function post(request: APIRequestContext, path: string, hidden: [string, string][], values: Record<string, { value?: string; twice: boolean }>) {
  const fields: [string, string][] = [];
  for (const [k, { value, twice }] of Object.entries(values)) {
    if (value === undefined) continue;
    fields.push([k, value]);
    if (twice) fields.push([k, value === "1" ? "2" : "1"]);
  }
  return postForm(request, path, hidden, fields);
}

/** Never a server error; a page answer (not a redirect to the next page) must say why, beside a field or for the form. */
async function expectClearAnswer(response: Awaited<ReturnType<typeof post>>) {
  expect(response.status(), await response.text()).toBeLessThan(500);
  if (response.status() === 303 || response.status() === 413 || response.status() === 400) return;
  const html = await response.text();
  expect(html.includes('role="alert"') || html.includes('role="status"'), "a refusal with no message").toBe(true);
}

const score = fc.integer({ min: 0, max: 10 }).map(String);
const recent = fc.integer({ min: -6, max: 0 }).map((d) => addDaysIso(today(), d));

async function fuzz(page: Page, path: string, marker: string, valid: Record<string, fc.Arbitrary<string>>, runs = 15) {
  const hidden = await actionForm(page.request, path, marker);
  await fc.assert(
    fc.asyncProperty(formArbitrary(valid), async (values) => {
      await expectClearAnswer(await post(page.request, path, hidden, values));
    }),
    { numRuns: runs },
  );
}

test("the runner's forms: bad input never breaks the server or the record", async ({ page, db }) => {
  test.setTimeout(180_000);
  const { runner, plan } = await createRunnerWithPlan(db);
  await signIn(page, runner);
  const clientId = fc.constant(null).map(() => randomUUID());
  const unit = fc.constantFrom("km", "mi", "furlong");
  await fuzz(page, "/log/run", "distanceKm", { clientId, date: recent, distanceKm: fc.float({ min: 0, max: 30, noNaN: true }).map((x) => x.toFixed(1)), distanceUnit: unit, durationMinutes: fc.integer({ min: 1, max: 120 }).map(String), rpe: score, painDuring: score, painAfter: score, notes: fc.string({ maxLength: 40 }) });
  // The watch's files: whole, cut short, random bytes, text, empty, none, several at once.
  const fit = fitFile(route({ startedAt: `${today()}T00:05:00Z` }));
  const upload = await actionForm(page.request, "/log/run/import", "files");
  const whole = new FormData();
  for (const [k, v] of upload) whole.append(k, v);
  whole.append("files", new Blob([new Uint8Array(fit)]), "run.fit");
  expect((await page.request.post("/log/run/import", { multipart: whole, maxRedirects: 0 })).status()).toBe(303);
  const bytes = fc.oneof(fc.constant(fit), fc.integer({ min: 0, max: fit.length }).map((n) => fit.slice(0, n)), fc.uint8Array({ maxLength: 4000 }), fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(s)));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.record({ name: fc.constantFrom("run.fit", "run.gpx", "run.tcx", "photo.jpg", ""), bytes }), { maxLength: 3 }), async (files) => {
      const body = new FormData();
      for (const [k, v] of upload) body.append(k, v);
      for (const f of files) body.append("files", new Blob([new Uint8Array(f.bytes)]), f.name);
      await expectClearAnswer(await page.request.post("/log/run/import", { multipart: body, maxRedirects: 0 }));
    }),
    { numRuns: 10 },
  );
  // The file read above waits for its pain scores: its form, fuzzed like the others.
  const [waiting] = await db.select({ id: runFiles.id }).from(runFiles).where(eq(runFiles.runnerId, runner.id));
  await fuzz(page, `/log/run/import/${waiting!.id}`, "runFileId", { clientId, runFileId: fc.constant(waiting!.id), rpe: score, painDuring: score, painAfter: score, notes: fc.string({ maxLength: 40 }) }, 8);
  const session: Record<string, fc.Arbitrary<string>> = { clientId, date: recent, durationMinutes: fc.integer({ min: 1, max: 90 }).map(String), rpe: score, painAfter: score, notes: fc.string({ maxLength: 40 }) };
  for (const p of plan.prescriptions) Object.assign(session, { [`done:${p.id}`]: fc.constantFrom("yes", "no", "omit"), [`pain:${p.id}`]: score, [`sets:${p.id}`]: fc.integer({ min: 0, max: 5 }).map(String), [`reps:${p.id}`]: fc.integer({ min: 0, max: 20 }).map(String) });
  await fuzz(page, "/log/session", "painAfter", session);
  // The red-flag screen: "None of these", a sign, both, neither, or a code no question has.
  const screen = { noSigns: fc.constantFrom("yes", "no"), sign: fc.constantFrom("saddle-numbness", "foot-drop", "pop-bruising", "made-up") };
  await fuzz(page, "/check-in", "stiffness", { clientId, date: recent, pain: score, stiffness: score, ...screen });
  await fuzz(page, "/worry", "noSigns", { clientId, ...screen }, 8);
  await fuzz(page, "/settings", "timeZone", { timeZone: fc.constantFrom("Europe/London", "Pacific/Auckland", "UTC") }, 8);

  // What was stored keeps every rule: dates inside the runner's rehab and not ahead of their today.
  const [profile] = await db.select().from(runnerProfiles).where(eq(runnerProfiles.runnerId, runner.id));
  for (const row of [...(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))), ...(await db.select().from(morningCheckins).where(eq(morningCheckins.runnerId, runner.id)))]) {
    expect(row.date >= profile!.startDate && row.date <= addDaysIso(today(), 1)).toBe(true);
  }
});

test("the clinician's forms: bad input never breaks the server or the record", async ({ page, db }) => {
  test.setTimeout(240_000);
  const { clinician, runner } = await createRunnerWithPlan(db);
  await signIn(page, clinician);
  const runnerPage = `/clinic/runners/${runner.id}`;
  const presentation = fc.constantFrom("hamstring_strain", "cramp", "referred_lumbar", "tight_hamstrings", "neural_tension");
  const side = fc.constantFrom("left", "right", "both");
  await fuzz(page, "/clinic/runners/new", "usualPain", {
    name: fc.string({ minLength: 1, maxLength: 20 }),
    email: fc.emailAddress(),
    presentation,
    affectedSide: side,
    goal: fc.string({ maxLength: 30 }),
    startDate: recent,
    usualPain: score,
    timeZone: fc.constantFrom("UTC", "Europe/London"),
    noSigns: fc.constantFrom("yes", "no"),
    sign: fc.constantFrom("both-legs", "cannot-walk", "made-up"),
  });
  await fuzz(page, runnerPage, "affectedSide", { presentation, affectedSide: side, goal: fc.string({ maxLength: 30 }), usualPain: score, timeZone: fc.constantFrom("UTC", "Europe/London") });
  await fuzz(page, runnerPage, "painDuringRedAbove", { painDuringAmberAbove: score, painDuringRedAbove: score, painAfterRedAbove: score, morningRiseRed: score, loadRatioHigh: fc.constantFrom("1.3", "1.25", "0.9"), reason: fc.string({ maxLength: 30 }) });
  await fuzz(page, runnerPage, "body", { body: fc.string({ maxLength: 60 }) });
  await fuzz(page, "/clinic/library/new", "instructions", {
    name: fc.string({ minLength: 1, maxLength: 20 }),
    category: fc.constantFrom("nerve_glide", "stretch", "strength"),
    instructions: fc.string({ minLength: 1, maxLength: 40 }),
    defaultSets: fc.integer({ min: 1, max: 5 }).map(String),
    defaultReps: fc.integer({ min: 1, max: 20 }).map(String),
    defaultDaysPerWeek: fc.integer({ min: 1, max: 7 }).map(String),
    painRule: fc.constantFrom("standard", "neural"),
  });
  await fuzz(page, runnerPage, "date", { date: recent, reason: fc.string({ maxLength: 30 }) }, 10);

  // Whatever was stored keeps every rule the database can state, and the ones it cannot: each runner's limits in order.
  const broken = await db.execute(sql`
    select count(*)::int as n from runner_pain_rules r join users u on u.id = r.runner_id join clinic_pain_rules c on c.clinic_id = u.clinic_id
    where coalesce(r.pain_during_amber_above, c.pain_during_amber_above) > coalesce(r.pain_during_red_above, c.pain_during_red_above)
       or coalesce(r.pain_after_amber_above, c.pain_after_amber_above) > coalesce(r.pain_after_red_above, c.pain_after_red_above)`);
  expect((broken as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
});

test("an oversized form post is 413 and an unreadable one 400, storing nothing", async ({ page, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  await signIn(page, runner);
  const hidden = await actionForm(page.request, "/log/run", "distanceKm");
  const big = new FormData();
  for (const [k, v] of hidden) big.append(k, v);
  big.append("notes", "x".repeat(2 * 1024 * 1024));
  expect((await page.request.post("/log/run", { multipart: big, maxRedirects: 0 })).status()).toBe(413);
  const garbled = await page.request.post("/log/run", { headers: { "content-type": "multipart/form-data; boundary=nothing-here" }, data: "this is not multipart", maxRedirects: 0 });
  expect(garbled.status()).toBe(400);
  expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toHaveLength(0);
});
