import { eq } from "drizzle-orm";
import { sessionLogs } from "@/db/schema";
import { createRunnerWithPlan, expect, test } from "../support/fixtures";
import { fillRun, pick, tickDueAndPickPain } from "./helpers";

test("a double click on Save stores one run", async ({ page, signIn, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  await signIn(runner);
  await page.goto("/log/run");
  await fillRun(page, { km: "4", minutes: "25", during: 1, after: 1, rpe: 4 });
  await page.getByRole("button", { name: "Save run" }).dblclick();
  await expect(page).toHaveURL(/\/today\?logged=/);
  await expect.poll(async () => (await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).length).toBe(1);
});

test("a replayed exercise session request with the same id stores one entry", async ({ page, signIn, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  await signIn(runner);
  await page.goto("/log/session");
  await tickDueAndPickPain(page, 2);
  await pick(page, "Pain after the session", 2);
  await pick(page, "Effort (RPE)", 4);
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.url().includes("/log/session"));
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page).toHaveURL(/\/today\?logged=/);
  // The same request again, as after a dropped connection: same client id, same body.
  const replay = await page.request.fetch(await posted);
  expect(replay.status()).toBeLessThan(500);
  const stored = await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id));
  expect(stored).toHaveLength(1);
});
