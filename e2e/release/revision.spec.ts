import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { runnerTriage } from "@/db/schema";
import { createRunnerWithPlan, expect, test } from "../support/fixtures";

/*
 * One release, one revision: the server and the worker of one build say the same code revision, the one
 * the build wrote, and a summary the server keeps is stamped with it. Were they to differ, each process
 * that refreshes the roster's summaries would make the others judge every runner again.
 */
test("a worker and a server of one build agree on the code revision, and the roster's summaries carry it", async ({ page, signIn, db }) => {
  const health = await (await page.request.get("/api/health")).json();
  const built = readFileSync(path.join(process.cwd(), ".next", "strideback-revision"), "utf8").trim();
  expect(health.revision).toBe(built);
  expect(built).toMatch(/^[0-9a-f]{16}$/);

  // The worker as production runs it (`npm run worker`), asked which revision it runs as.
  const { STRIDEBACK_CODE_REVISION: _unset, ...env } = process.env;
  const worker = execFileSync("node", ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts", "--revision"], { encoding: "utf8", env }).trim();
  expect(worker).toBe(health.revision);

  const { clinician, runner } = await createRunnerWithPlan(db);
  await signIn(clinician);
  await page.goto("/clinic");
  await expect(page.getByRole("link", { name: runner.name })).toBeVisible();
  const [kept] = await db.select({ revision: runnerTriage.computedRevision }).from(runnerTriage).where(eq(runnerTriage.runnerId, runner.id));
  expect(kept?.revision).toBe(health.revision);
});
