import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { format, parseISO } from "date-fns";
import { addDaysIso, today } from "@/lib/dates";
import { and, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { createActivePlan, createClinic, createExercise, createUser, type TestUser } from "@/testing/factories";
import { expect, signIn, test } from "../support/fixtures";
import { fillRun, pick, tickDueAndPickPain } from "../runner/helpers";
import { addRunnerThroughApp, checkIn, rosterRow } from "../support/through-the-app";
import { openSection } from "../support/sections";

/*
 * The rules across sessions through the UI, on fresh runners a clinician adds through the app, who then log
 * back-dated runs on a phone: each case gives the status the contract asks for, on the roster, on the
 * runner's page and on the runner's own today.
 */
const day = (date: string) => format(parseISO(date), "d MMM");

/** A fresh runner, added through the app and signed in on a phone; `close` ends the phone's session. */
async function addRunner(browser: Browser, desk: Page, who: { name: string; presentation: string; startedDaysAgo: number; history?: string[]; usualPain?: number }) {
  const { phone, context } = await addRunnerThroughApp(browser, desk, { ...who, email: `${randomUUID().slice(0, 8)}@across.example`, startDate: addDaysIso(today(), -who.startedDaysAgo) });
  return { phone, close: () => context.close() };
}

async function logRun(phone: Page, daysAgo: number, during: number, after: number, pop?: "Yes" | "No", km = "5") {
  await phone.goto("/log/run");
  await fillRun(phone, { date: addDaysIso(today(), -daysAgo), km, minutes: "30", during, after, rpe: 4 });
  if (pop) await phone.getByRole("group", { name: "Did you feel a sudden sharp pain or a pop?" }).getByRole("radio", { name: pop }).check();
  await phone.getByRole("button", { name: "Save run" }).click();
  // Stored once the page moves on: to the run's light, or to the tear questions.
  await expect(phone).toHaveURL(/\/(today\?logged=|worry\?ask=tear)/);
}

async function clinician(db: Parameters<typeof createClinic>[0]): Promise<TestUser> {
  const clinic = await createClinic(db);
  return createUser(db, { clinicId: clinic.id, role: "clinician" });
}

test("a red run 8 days ago with nothing since stays red until reviewed; runs with no check-ins are flagged; the runner reads the same", async ({ browser, page: desk, db }) => {
  test.setTimeout(150_000);
  await signIn(desk, await clinician(db));

  // Red, 8 days ago, and silence since: red on the roster, on the runner's page and on the runner's today.
  const rory = await addRunner(browser, desk, { name: "Rory Red", presentation: "Sciatic nerve tension", startedDaysAgo: 20 });
  await logRun(rory.phone, 8, 2, 8);
  await desk.goto("/clinic");
  const roryRow = rosterRow(desk, "Rory Red");
  await expect(roryRow.getByText("Red", { exact: true })).toBeVisible();
  await expect(roryRow.getByRole("list", { name: "Reasons" })).toContainText(`pain 8 after run on ${day(addDaysIso(today(), -8))}`);
  await rory.phone.goto("/today");
  await expect(rory.phone.getByRole("region", { name: /Your status/ })).toContainText("Red: too much for now");
  await expect(rory.phone.getByRole("region", { name: /Your status/ })).toContainText(`pain 8 after run on ${day(addDaysIso(today(), -8))}`);

  // A green run today: the runner is told the session was within the limits, never "keep going", while red stands.
  await logRun(rory.phone, 0, 1, 1);
  const feedback = rory.phone.getByRole("status", { name: "Your session" });
  await expect(feedback).toContainText("This session was within your limits");
  await expect(feedback).toContainText("red: too much for now");
  await expect(feedback).not.toContainText("Keep going");

  // The clinician marks Rory reviewed: the old red stops standing.
  await roryRow.getByRole("link", { name: "Rory Red" }).click();
  await expect(desk.getByRole("region", { name: "Status" })).toContainText(`pain 8 after run on ${day(addDaysIso(today(), -8))}`);
  await desk.getByRole("button", { name: "Mark reviewed" }).click();
  await expect(desk.getByRole("status").first()).toContainText("Marked reviewed");
  await expect(desk.getByRole("region", { name: "Status" })).not.toContainText("pain 8 after run");
  await rory.close();

  // Runs at 2/2 and never a morning check-in: the 24-hour rule cannot be applied, so not green.
  const nell = await addRunner(browser, desk, { name: "Nell Nocheck", presentation: "Tight hamstrings", startedDaysAgo: 20, history: ["Previous cancer"] });
  for (const daysAgo of [5, 3, 1]) await logRun(nell.phone, daysAgo, 2, 2, "No");
  await desk.goto("/clinic");
  const nellRow = rosterRow(desk, "Nell Nocheck");
  await expect(nellRow.getByText("Amber", { exact: true })).toBeVisible();
  await expect(nellRow.getByRole("list", { name: "Reasons" })).toContainText("no morning check-ins: 3 sessions in 7 days, the 24-hour rule cannot be applied");
  await nellRow.getByRole("link", { name: "Nell Nocheck" }).click();
  await expect(desk.getByRole("list", { name: "History recorded at intake" })).toHaveText("Previous cancer");
  await expect(desk.getByRole("region", { name: "Status" })).toContainText("no morning check-ins");
  // The runner's history shows each run's light, and what it was judged against.
  await nell.phone.goto("/history");
  await expect(nell.phone.getByRole("listitem", { name: "Run, 5 km" }).first()).toContainText("Green (waiting for the next morning)");
  await expect(nell.phone.getByRole("listitem", { name: "Run, 5 km" }).first()).toContainText("Judged against your usual 1");
  await nell.close();
});

test("a pop during a hamstring runner's run asks the tear questions at once, and a yes reaches the roster as urgent", async ({ browser, page: desk, db }) => {
  test.setTimeout(90_000);
  await signIn(desk, await clinician(db));
  const hugo = await addRunner(browser, desk, { name: "Hugo Hamstring", presentation: "Hamstring strain", startedDaysAgo: 60 });
  await logRun(hugo.phone, 0, 4, 3, "Yes");
  await expect(hugo.phone.getByRole("heading", { level: 1 })).toHaveText("Saved. A few questions about that pain");
  await hugo.phone.getByRole("checkbox", { name: /“pop” high at the back of the thigh/ }).check();
  await hugo.phone.getByRole("button", { name: "Send to my physio" }).click();
  await expect(hugo.phone.getByRole("heading", { level: 1 })).toHaveText("Book a review with your physio this week");
  await desk.goto("/clinic");
  const row = rosterRow(desk, "Hugo Hamstring");
  await expect(row).toContainText("Urgent: red flag");
  await expect(row.getByRole("list", { name: "Reasons" })).toContainText(`sudden sharp pain or a pop during run on ${day(today())}`);
  await hugo.close();
});

test("mornings that creep up are worsening, and a session is judged against the latest morning, not a stale usual pain", async ({ browser, page: desk, db }) => {
  test.setTimeout(150_000);
  await signIn(desk, await clinician(db));

  // Mornings 1, 2, 3, 4, 5 with runs at 2/2 in between: each run amber on its own, together worsening.
  const mora = await addRunner(browser, desk, { name: "Mora Mornings", presentation: "Tight hamstrings", startedDaysAgo: 20 });
  for (let i = 4; i >= 0; i--) await checkIn(mora.phone, i, 5 - i);
  for (let i = 4; i >= 1; i--) await logRun(mora.phone, i, 2, 2, "No");
  await desk.goto("/clinic");
  const moraRow = rosterRow(desk, "Mora Mornings");
  await expect(moraRow.getByText("Amber, worsening", { exact: true })).toBeVisible();
  await expect(moraRow.getByRole("list", { name: "Reasons" })).toContainText("morning pain rose after 4 sessions in a row");
  await mora.phone.goto("/today");
  await expect(mora.phone.getByRole("region", { name: /Your status/ })).toContainText("Amber: your pain has been rising");
  await mora.close();

  // Usual pain 3 at intake, recent mornings 0, a run with no check-in that morning, then a morning of 3: red against yesterday's 0.
  const stan = await addRunner(browser, desk, { name: "Stan Stale", presentation: "Tight hamstrings", startedDaysAgo: 20, usualPain: 3 });
  await checkIn(stan.phone, 3, 0);
  await checkIn(stan.phone, 2, 0);
  await logRun(stan.phone, 1, 1, 1, "No");
  await checkIn(stan.phone, 0, 3);
  await desk.goto("/clinic");
  const stanRow = rosterRow(desk, "Stan Stale");
  await expect(stanRow.getByText("Red", { exact: true })).toBeVisible();
  await expect(stanRow.getByRole("list", { name: "Reasons" })).toContainText(`morning pain up 3 points after ${day(addDaysIso(today(), -1))}`);
  await stan.phone.goto("/history");
  await expect(stan.phone.getByRole("listitem", { name: "Run, 5 km" })).toContainText("Judged against the previous morning's 0");
  await stan.close();
});

test("a comeback after 21 days off is amber, a short history is too few to call a trend, looser limits read as the physio's, and tingling after glides is amber", async ({ browser, page: desk, db }) => {
  test.setTimeout(180_000);
  const physio = await clinician(db);
  await signIn(desk, physio);

  // One run 27 days ago, 21 days off, then 5 x 8 km: a rise, not "no change".
  const carl = await addRunner(browser, desk, { name: "Carl Comeback", presentation: "Tight hamstrings", startedDaysAgo: 40 });
  await logRun(carl.phone, 27, 1, 1, "No");
  for (const daysAgo of [5, 4, 3, 2, 1]) await logRun(carl.phone, daysAgo, 1, 1, "No", "8");
  await desk.goto("/clinic");
  const carlRow = rosterRow(desk, "Carl Comeback");
  await expect(carlRow.getByRole("list", { name: "Reasons" })).toContainText("returning from a break: 40 km and 5 runs in 7 days after 21 days off");
  // One run in the 14 days before the last 14: the chart says the range is too short, not that a change is real.
  await carlRow.getByRole("link", { name: "Carl Comeback" }).click();
  await expect(desk.getByRole("region", { name: "Status" })).toContainText("returning from a break");
  await expect(desk.getByRole("region", { name: "Pain over time" })).toContainText("Too few entries to judge a trend in pain after sessions");
  await carl.close();

  // A clinician allows pain after up to 4 for Lou: a 4/4 run is green, and read as the physio's limits.
  const lou = await addRunner(browser, desk, { name: "Lou Loose", presentation: "Sciatic nerve tension", startedDaysAgo: 20 });
  await desk.goto("/clinic");
  await rosterRow(desk, "Lou Loose").getByRole("link", { name: "Lou Loose" }).click();
  await openSection(desk, "Limits in force");
  await desk.getByText("Change this runner's limits").click();
  await desk.getByLabel("Pain during: amber above").fill("4");
  await desk.getByLabel("Pain after: amber above").fill("4");
  await desk.getByLabel("Reason for this runner's limits").fill("Usual pain of 4 since a disc injury");
  await desk.getByRole("button", { name: "Save limits" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "Limits saved" })).toBeVisible();
  // The day each entry is logged on, read before it is logged: a test that runs over midnight still names its day.
  const ranOn = today();
  await logRun(lou.phone, 0, 4, 4);
  const feedback = lou.phone.getByRole("status", { name: "Your session" });
  await expect(feedback).toContainText("Green: within the limits your physio set for you");
  await expect(feedback).not.toContainText("within your pain rules");
  await desk.goto("/clinic");
  await expect(rosterRow(desk, "Lou Loose").getByRole("list", { name: "Reasons" })).toContainText(`pain 4 on ${day(ranOn)}: within this runner's own limits`);

  // Lou's plan of nerve glides (the fresh clinic has no templates: stored directly): new tingling afterwards is
  // amber under the neural rule, whatever the scores.
  const [louRow] = await db.select({ id: users.id }).from(users).where(and(eq(users.name, "Lou Loose"), eq(users.clinicId, physio.clinicId)));
  const glide = await createExercise(db, { clinicId: physio.clinicId, name: "Seated sciatic slider", painRule: "neural" });
  await createActivePlan(db, { runnerId: louRow!.id, clinicianId: physio.id, startDate: addDaysIso(today(), -1), items: [{ exerciseId: glide.id }] });
  const glidedOn = today();
  await lou.phone.goto("/log/session");
  await tickDueAndPickPain(lou.phone, 1);
  await pick(lou.phone, "Pain after the session", 0);
  await pick(lou.phone, "Effort (RPE)", 2);
  await lou.phone.getByRole("group", { name: "Tingling, numbness or pins and needles afterwards that was not there before?" }).getByRole("radio", { name: "Yes" }).check();
  await lou.phone.getByRole("button", { name: "Save session" }).click();
  await expect(lou.phone.getByRole("status", { name: "Your session" })).toContainText("Amber: a warning sign");
  await expect(lou.phone.getByRole("status", { name: "Your session" })).toContainText("new tingling or numbness after nerve glides");
  await desk.goto("/clinic");
  await expect(rosterRow(desk, "Lou Loose").getByRole("list", { name: "Reasons" })).toContainText(`new tingling or numbness after nerve glides on ${day(glidedOn)}`);
  await lou.close();
});
