import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { measureResponses, sessionLogs } from "@/db/schema";
import { today } from "@/lib/dates";
import { createRunnerWithPlan, expect, test } from "../support/fixtures";

/*
 * POST /api/logs, the offline queue's way in: the same fields, validation, ownership and idempotency as
 * the forms, answered in JSON with a status a queue can act on.
 */
const run = (clientId: string, over: Record<string, string> = {}) =>
  Object.entries({ clientId, date: today(), distanceKm: "5", durationMinutes: "30", rpe: "4", painDuring: "2", painAfter: "3", notes: "", ...over });

test("a run sent twice is stored once; a refused one stores nothing and says why; only a signed-in runner may send", async ({ page, signIn, db, playwright, baseURL }) => {
  const { runner, clinician } = await createRunnerWithPlan(db);
  await signIn(runner);
  const clientId = randomUUID();
  const send = (body: unknown) => page.request.post("/api/logs", { data: body, maxRedirects: 0 });

  const first = await send({ kind: "run", fields: run(clientId) });
  expect(first.status()).toBe(201);
  const stored = await first.json();
  expect(stored).toMatchObject({ status: "sent", next: expect.stringContaining("/today?logged=") });
  // The phone sends again (it never heard the answer): the same entry, nothing new.
  const again = await send({ kind: "run", fields: run(clientId) });
  expect(again.status()).toBe(200);
  expect((await again.json()).id).toBe(stored.id);
  const rows = await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id));
  expect(rows.map((r) => [r.id, r.painAfter, r.distanceKm])).toEqual([[stored.id, 3, 5]]);

  // Pain after omitted: refused beside the field, never stored as 0.
  const omitted = await send({ kind: "run", fields: run(randomUUID()).filter(([k]) => k !== "painAfter") });
  expect(omitted.status()).toBe(400);
  expect((await omitted.json()).errors.painAfter?.[0]).toMatch(/pain after/i);
  // An exercise that is not in this runner's plan.
  const foreign = await send({ kind: "session", fields: [["clientId", randomUUID()], ["date", today()], ["durationMinutes", "20"], ["rpe", "3"], ["painAfter", "1"], ["prescriptionId", randomUUID()], [`done:${randomUUID()}`, "done"]] });
  expect(foreign.status()).toBe(400);
  expect(await send({ kind: "teleport", fields: [] }).then((r) => r.status())).toBe(400);
  expect((await page.request.post("/api/logs", { form: { kind: "run" }, maxRedirects: 0 })).status()).toBe(415);
  expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toHaveLength(1);

  // A questionnaire kept on the phone offline comes the same way: stored once, an unknown one refused.
  const groc = [["clientId", randomUUID()], ["instrument", "groc"], ["rating", "3"]];
  expect((await send({ kind: "measure", fields: groc })).status()).toBe(201);
  expect((await send({ kind: "measure", fields: groc })).status()).toBe(200);
  const unknown = await send({ kind: "measure", fields: [["clientId", randomUUID()], ["instrument", "sf36"], ["rating", "3"]] });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).message).toMatch(/not one StrideBack knows/);
  expect((await db.select().from(measureResponses).where(eq(measureResponses.runnerId, runner.id))).map((r) => r.score)).toEqual([3]);

  // Signed out, or a clinician: 401, nothing stored.
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.post("/api/logs", { data: { kind: "run", fields: run(randomUUID()) }, maxRedirects: 0 })).status()).toBe(401);
  await page.context().clearCookies();
  await signIn(clinician);
  expect((await send({ kind: "run", fields: run(randomUUID()) })).status()).toBe(401);
  expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toHaveLength(1);
});
