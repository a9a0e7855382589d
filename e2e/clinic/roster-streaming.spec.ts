import pg from "pg";
import { createRunnerWithPlan, expect, test } from "../support/fixtures";

/*
 * The roster streams: its heading, search and a loading state come in the first part of the response,
 * and the table follows once the summaries are judged. A slow summary is made real, not mocked: this
 * clinician's runner's stored summary is held locked by another connection, so judging it waits.
 */
test("the roster shows its loading state in the first response while a summary is slow, and another clinician's runner still answers 404", async ({ page, signIn, db, baseURL }) => {
  const { clinician, runner } = await createRunnerWithPlan(db);
  const { runner: stranger } = await createRunnerWithPlan(db);
  await signIn(clinician);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  const holder = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await holder.connect();
  // Signing in opened the roster, which judged the runner: a new write (here, its version bumped as a
  // log's trigger would) makes the summary stale again, so the next roster must judge it and store it.
  await page.waitForLoadState("networkidle");
  await holder.query("update runner_triage set version = version + 1 where runner_id = $1", [runner.id]);
  await holder.query("begin");
  const locked = await holder.query("select runner_id from runner_triage where runner_id = $1 for update", [runner.id]);
  expect(locked.rowCount).toBe(1);

  const response = await fetch(`${baseURL}/clinic`, { headers: { cookie, "accept-encoding": "identity" } });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let seen = "";
  try {
    while (!seen.includes("Loading your caseload")) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += decoder.decode(value, { stream: true });
    }
    // The first part of the page is here, and the runner's row is not: it waits on the slow summary.
    expect(seen).toContain("Your caseload");
    expect(seen).toContain("Loading your caseload");
    expect(seen).not.toContain(runner.name);
  } finally {
    await holder.query("commit");
    await holder.end();
  }
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += decoder.decode(value, { stream: true });
  }
  expect(seen).toContain(runner.name);

  // Streaming sits below the access check: another clinician's runner is still a 404, not a 200 shell.
  const other = await page.request.get(`/clinic/runners/${stranger.id}`);
  expect(other.status()).toBe(404);
  await page.goto(`/clinic/runners/${stranger.id}`);
  await expect(page.getByRole("heading", { name: "Runner not found" })).toBeVisible();
});
