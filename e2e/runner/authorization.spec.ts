import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { morningCheckins, sessionLogs } from "@/db/schema";
import { today } from "@/lib/dates";
import { createRunnerWithPlan, expect, test } from "../support/fixtures";
import { pick, tickDueAndPickPain } from "./helpers";

async function arrange(db: Parameters<typeof createRunnerWithPlan>[0]) {
  const me = await createRunnerWithPlan(db);
  const other = await createRunnerWithPlan(db);
  const [otherRun] = await db
    .insert(sessionLogs)
    .values({ runnerId: other.runner.id, clientId: randomUUID(), kind: "run", date: today(), durationMinutes: 30, rpe: 4, painDuring: 2, painAfter: 2, distanceKm: 5, notes: "someone else's run" })
    .returning();
  const [otherCheckin] = await db
    .insert(morningCheckins)
    .values({ runnerId: other.runner.id, clientId: randomUUID(), date: today(), pain: 3, stiffness: 3 })
    .returning();
  return { me, other, otherRun: otherRun!, otherCheckin: otherCheckin! };
}

test("another runner's entries are not found, and not in my history", async ({ page, signIn, db }) => {
  const { me, otherRun, otherCheckin } = await arrange(db);
  await signIn(me.runner);
  for (const path of [`/history/sessions/${otherRun.id}`, `/history/checkins/${otherCheckin.id}`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  await page.goto("/history");
  await expect(page.getByText("someone else's run")).toHaveCount(0);
});

test("a session logged against another runner's prescription changes nothing", async ({ page, signIn, db }) => {
  const { me, other } = await arrange(db);
  await signIn(me.runner);
  await page.goto("/log/session");
  await tickDueAndPickPain(page, 1);
  await pick(page, "Pain after the session", 1);
  await pick(page, "Effort (RPE)", 3);
  // Forge the form: the first exercise now names the other runner's prescription.
  const mine = me.plan.prescriptions[0]!.id;
  const theirs = other.plan.prescriptions[0]!.id;
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Save session" }) });
  await form.evaluate((form, [from, to]) => {
    for (const input of Array.from(form.querySelectorAll("input"))) {
      input.name = input.name.replace(from!, to!);
      if (input.value === from) input.value = to!;
    }
  }, [mine, theirs]);
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, me.runner.id))).toHaveLength(0);
  expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, other.runner.id))).toHaveLength(1);
});

test("a delete forged with another runner's entry id deletes nothing", async ({ page, signIn, db }) => {
  const { me, otherRun } = await arrange(db);
  await db.insert(sessionLogs).values({ runnerId: me.runner.id, clientId: randomUUID(), kind: "run", date: today(), durationMinutes: 20, rpe: 3, painDuring: 1, painAfter: 1, distanceKm: 3 });
  await signIn(me.runner);
  await page.goto("/history");
  const item = page.getByRole("listitem", { name: "Run, 3 km" });
  await item.getByText(/^Delete/).click();
  await item.locator('input[name="id"]').evaluate((input: HTMLInputElement, id) => (input.value = id), otherRun.id);
  await item.getByRole("button", { name: "Yes, delete this entry" }).click();
  await expect(page).toHaveURL(/deleteFailed=1/);
  expect(await db.select().from(sessionLogs).where(eq(sessionLogs.id, otherRun.id))).toHaveLength(1);
});
