import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { exercises, ladderMoves, morningCheckins, planTemplates, runLadders, templateItems, users } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { formatDay as day } from "@/lib/date-format";
import { createClinic, createUser, type TestUser } from "@/testing/factories";
import { expect, signIn, test } from "../support/fixtures";
import { fillRun, pick, tickDueAndPickPain } from "../runner/helpers";
import { addRunnerThroughApp, checkIn, rosterRow } from "../support/through-the-app";

/*
 * Progression through the UI, on fresh runners a clinician adds through the app, who log back-dated
 * sessions on a phone: a phase waits for green whatever its date, one tap starts it the next day, and the
 * walk-run ladder climbs on green runs and comes down on a red one.
 *
 * The server's clock cannot be moved in a test. "A day passes" moves every date of one runner (their logs,
 * mornings, plan, ladder and start) one day back, which is the same, for that runner, as the next day coming.
 */

async function aDayPasses(db: Db, runnerId: string) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`update session_logs set date = date - 1 where runner_id = ${runnerId}`);
    // One row at a time, oldest first: a morning moved onto the day before must not meet the one still there.
    const mornings = await tx.select({ id: morningCheckins.id }).from(morningCheckins).where(eq(morningCheckins.runnerId, runnerId)).orderBy(asc(morningCheckins.date));
    for (const m of mornings) await tx.execute(sql`update morning_checkins set date = date - 1 where id = ${m.id}`);
    await tx.execute(sql`update runner_profiles set start_date = start_date - 1 where runner_id = ${runnerId}`);
    await tx.execute(sql`update plans set start_date = start_date - 1 where runner_id = ${runnerId}`);
    await tx.execute(sql`update plan_versions v set effective_from = effective_from - 1 from plans p where p.id = v.plan_id and p.runner_id = ${runnerId}`);
    await tx.execute(sql`update run_ladders set started_on = started_on - 1 where runner_id = ${runnerId}`);
    const moves = await tx.select({ id: ladderMoves.id }).from(ladderMoves).innerJoin(runLadders, eq(runLadders.id, ladderMoves.ladderId)).where(eq(runLadders.runnerId, runnerId)).orderBy(asc(ladderMoves.effectiveFrom));
    for (const m of moves) await tx.execute(sql`update ladder_moves set effective_from = effective_from - 1 where id = ${m.id}`);
  });
}

async function freshClinician(db: Db): Promise<TestUser> {
  const clinic = await createClinic(db);
  return createUser(db, { clinicId: clinic.id, role: "clinician" });
}

async function addRunner(browser: Browser, desk: Page, name: string, startedDaysAgo: number) {
  return addRunnerThroughApp(browser, desk, { name, email: `${randomUUID().slice(0, 8)}@progression.example`, presentation: "Tight hamstrings", startDate: addDaysIso(today(), -startedDaysAgo), usualPain: 1 });
}

async function logSession(phone: Page, daysAgo: number, pain: number) {
  await phone.goto("/log/session");
  await phone.getByLabel("Date").fill(addDaysIso(today(), -daysAgo));
  await tickDueAndPickPain(phone, pain);
  await pick(phone, "Pain after the session", pain);
  await pick(phone, "Effort (RPE)", 3);
  await phone.getByRole("button", { name: "Save session" }).click();
  await expect(phone).toHaveURL(/\/today\?logged=/);
}

async function logRun(phone: Page, pain: number) {
  await phone.goto("/log/run");
  await fillRun(phone, { km: "3", minutes: "30", during: pain, after: pain, rpe: 3 });
  await phone.getByRole("button", { name: "Save run" }).click();
  await expect(phone).toHaveURL(/\/today\?logged=/);
}

const runnerId = async (db: Db, name: string, clinicId: string) => (await db.select({ id: users.id }).from(users).where(and(eq(users.name, name), eq(users.clinicId, clinicId))))[0]!.id;

test("a Nordic plan holds week 1 after red sessions past week 2's date, then three green sessions earn it and one tap starts it the next day", async ({ browser, page: desk, db }) => {
  test.setTimeout(180_000);
  const physio = await freshClinician(db);
  // The clinic's Nordic template (a fresh clinic has none): week 1, week 2, then maintain.
  const [nordic] = await db.select({ id: exercises.id }).from(exercises).where(eq(exercises.name, "Nordic hamstring exercise"));
  const [template] = await db.insert(planTemplates).values({ clinicId: physio.clinicId, name: "Nordic progression" }).returning({ id: planTemplates.id });
  await db.insert(templateItems).values([
    { templateId: template!.id, phase: 1, phaseLabel: "Week 1", phaseWeeks: 1, exerciseId: nordic!.id, sets: 2, reps: 5, daysPerWeek: 3, position: 0 },
    { templateId: template!.id, phase: 2, phaseLabel: "Week 2", phaseWeeks: 1, exerciseId: nordic!.id, sets: 2, reps: 6, daysPerWeek: 2, position: 0 },
    { templateId: template!.id, phase: 3, phaseLabel: "Maintain", phaseWeeks: null, exerciseId: nordic!.id, sets: 3, reps: 9, daysPerWeek: 1, position: 0 },
  ]);
  await signIn(desk, physio);
  const { phone, context } = await addRunner(browser, desk, "Nora Nordic", 20);

  // The plan from the template, begun 14 days ago: week 2's date was a week ago.
  await desk.getByRole("link", { name: /Open Nora Nordic's page/ }).click();
  await desk.getByRole("link", { name: "Build a plan" }).click();
  await desk.getByRole("link", { name: "Nordic progression" }).click();
  await expect(desk).toHaveURL(/template=/);
  await desk.waitForLoadState("networkidle");
  // Each later phase can be read before the plan is created, with the earliest date it may begin.
  await desk.getByRole("button", { name: /^Week 2/ }).click();
  await expect(desk.getByText(/^Week 2 waits for its criteria and your approval, not before/)).toBeVisible();
  await desk.getByLabel("Start date").fill(addDaysIso(today(), -14));
  await desk.getByRole("button", { name: "Create plan" }).click();
  await expect(desk.getByRole("status")).toHaveText("Plan created.");
  await expect(desk.getByText(`Week 2: waits for its criteria, not before ${day(addDaysIso(today(), -7))}`)).toBeVisible();

  // Week 1 went badly: two red sessions. Today still doses week 1, and says what week 2 waits for.
  await logSession(phone, 13, 6);
  await logSession(phone, 11, 6);
  await phone.goto("/today");
  const phase = phone.getByRole("region", { name: "Your phase" });
  await expect(phase).toContainText("Now: Week 1");
  // Two sessions of six prescribed is also "stopped", which holds the next phase too.
  await expect(phase).toContainText("Week 2 waits: sessions done as prescribed again; 3 more green sessions with a settled morning");
  // The home programme is the plan in force: week 1's dose, not week 2's.
  await phone.goto("/programme");
  await expect(phone.getByText("2 × 5, 3 days a week")).toBeVisible();
  await expect(phone.getByText("2 × 6, 2 days a week")).toHaveCount(0);

  // Three green sessions with settled mornings.
  for (const d of [6, 4, 2]) {
    await logSession(phone, d, 1);
    await checkIn(phone, d - 1);
  }
  await desk.goto("/clinic");
  await expect(rosterRow(desk, "Nora Nordic").getByRole("list", { name: "Reasons" })).toContainText("ready to progress to Week 2: 3 green sessions with settled mornings");

  // The evidence, and one tap.
  await rosterRow(desk, "Nora Nordic").getByRole("link", { name: "Nora Nordic" }).click();
  const progression = desk.getByRole("region", { name: "Progression" });
  await expect(progression).toContainText("Ready to progress to Week 2.");
  await expect(progression.getByRole("table", { name: "Last sessions in this phase" }).getByRole("row")).toHaveCount(4);
  await progression.getByRole("button", { name: "Start Week 2 tomorrow" }).click();
  await expect(desk.getByRole("status").first()).toContainText("Approved. The next phase starts tomorrow");
  await expect(desk.getByRole("region", { name: "Progression" })).toContainText(`Week 2 begins on ${day(addDaysIso(today(), 1))}.`);
  await expect(desk.getByRole("region", { name: "Plan history" })).toContainText("Approved by");
  await phone.goto("/today");
  await expect(phone.getByRole("region", { name: "Your phase" })).toContainText(`Week 2 starts on ${day(addDaysIso(today(), 1))}.`);

  // The next day: week 2's dose on today.
  await aDayPasses(db, await runnerId(db, "Nora Nordic", physio.clinicId));
  await phone.goto("/today");
  await expect(phone.getByRole("region", { name: "Your phase" })).toContainText("Now: Week 2");
  await phone.goto("/programme");
  await expect(phone.getByText("2 × 6, 2 days a week")).toBeVisible();
  await context.close();
});

test("the walk-run ladder starts on the checklist, steps up after two green runs with their mornings and down after a red one; the run log shows the step each time", async ({ browser, page: desk, db }) => {
  test.setTimeout(180_000);
  const physio = await freshClinician(db);
  await signIn(desk, physio);
  const { phone, context } = await addRunner(browser, desk, "Lara Ladder", 30);
  const lara = await runnerId(db, "Lara Ladder", physio.clinicId);

  await desk.getByRole("link", { name: /Open Lara Ladder's page/ }).click();
  const ladder = desk.getByRole("region", { name: "Return to running" });
  await ladder.getByRole("checkbox", { name: "Brisk walking for 30 minutes without pain" }).check();
  await ladder.getByRole("button", { name: "Start the walk-run ladder" }).click();
  await expect(ladder.getByRole("alert")).toContainText("Tick each return-to-run criterion");
  for (const item of ["Brisk walking for 30 minutes without pain", "20 single-leg bridges each side without pain", "Askling's H-test without insecurity"]) {
    await ladder.getByRole("checkbox", { name: item }).check();
  }
  await ladder.getByLabel("Note (optional)").fill("H-test clear both sides");
  await ladder.getByRole("button", { name: "Start the walk-run ladder" }).click();
  await expect(desk.getByRole("region", { name: "Return to running" })).toContainText("Today: Step 1: walk 4 min / run 1 min x 6");

  const stepOnRunLog = async (text: string) => {
    await phone.goto("/log/run");
    await expect(phone.getByRole("region", { name: "Walk-run ladder" })).toContainText(text);
  };
  await stepOnRunLog("Step 1: walk 4 min / run 1 min x 6");
  await logRun(phone, 1);
  await aDayPasses(db, lara);
  await checkIn(phone, 0);
  await stepOnRunLog("Step 1: walk 4 min / run 1 min x 6");
  await logRun(phone, 1);
  await aDayPasses(db, lara);
  // The second green run's morning: tomorrow is step 2.
  await checkIn(phone, 0);
  await phone.goto("/progress");
  await expect(phone.getByRole("region", { name: "Your walk-run ladder" })).toContainText("Tomorrow: Step 2: walk 3 min / run 2 min x 6");
  await aDayPasses(db, lara);
  await stepOnRunLog("Step 2: walk 3 min / run 2 min x 6");

  // A red run at step 2 (pain 6: red, below the tear questions' 7): down to step 1 from tomorrow.
  await logRun(phone, 6);
  await phone.goto("/today");
  await expect(phone.getByRole("region", { name: "Walk-run ladder" })).toContainText("Tomorrow: Step 1: walk 4 min / run 1 min x 6");
  await aDayPasses(db, lara);
  await stepOnRunLog("Step 1: walk 4 min / run 1 min x 6");

  // The clinician reads every move, and the criteria recorded at the start.
  await desk.reload();
  const moves = desk.getByRole("region", { name: "Return to running" });
  await moves.getByText("How the ladder moved").click();
  await expect(moves).toContainText("step 2 (2 green runs with settled mornings");
  await expect(moves).toContainText("step 1 (red run on");
  await expect(moves).toContainText("criteria recorded: Brisk walking for 30 minutes without pain; 20 single-leg bridges each side without pain; Askling's H-test without insecurity. H-test clear both sides");
  await context.close();
});
