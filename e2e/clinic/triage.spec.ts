import { and, eq, gte } from "drizzle-orm";
import { sessionLogs, users } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { formatDay } from "@/lib/date-format";
import { demo, expect, signIn, test } from "../support/fixtures";

test("a run with pain 7 during puts the runner first on the roster, red, with the reason; the chart and its table show it", async ({ browser, db }) => {
  // The runner logs on a phone.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const runnerPage = await phone.newPage();
  await signIn(runnerPage, demo.alex);
  await runnerPage.goto("/log/run");
  await runnerPage.getByLabel("Distance (km)").fill("6");
  await runnerPage.getByLabel("Duration (minutes)").fill("38");
  for (const [legend, value] of [["Pain during the run", "7"], ["Pain after the run", "6"], ["Effort (RPE)", "6"]] as const) {
    await runnerPage.getByRole("radiogroup", { name: legend }).getByRole("radio", { name: value, exact: true }).check();
  }
  await runnerPage.getByRole("button", { name: "Save run" }).click();
  // The runner is told, in plain words, what the rule says.
  await expect(runnerPage.getByRole("status", { name: "Your session" })).toContainText("Red: too much for now");
  await expect(runnerPage.getByRole("status", { name: "Your session" })).toContainText("tell your physio");
  await phone.close();

  // The clinician's roster: Alex first, red, with the reason.
  const desk = await browser.newContext();
  const page = await desk.newPage();
  await signIn(page, demo.maya);
  const first = page.getByRole("row").nth(1);
  await expect(first.getByRole("rowheader")).toContainText(demo.alex.name);
  await expect(first).toContainText("Red");
  const day = formatDay(today()).split(" ").slice(1).join(" ");
  await expect(first.getByRole("list", { name: "Reasons" })).toContainText(`pain 7 during run on ${day}`);

  // The runner detail chart has the new point, and the table lists what the database holds.
  await first.getByRole("link", { name: demo.alex.name }).click();
  await page.getByRole("link", { name: "4 weeks" }).click();
  await expect(page).toHaveURL(/range=4w/);
  const [alex] = await db.select({ id: users.id }).from(users).where(eq(users.email, demo.alex.email));
  const stored = await db
    .select()
    .from(sessionLogs)
    .where(and(eq(sessionLogs.runnerId, alex!.id), gte(sessionLogs.date, addDaysIso(today(), -27))))
    .orderBy(sessionLogs.date, sessionLogs.createdAt);
  const pain = page.getByRole("region", { name: "Pain over time" });
  await expect(pain.locator("circle.session-point")).toHaveCount(stored.length, { timeout: 20_000 });
  await pain.getByRole("link", { name: "Show as table" }).click();
  await expect(pain.getByRole("table").locator("tbody tr")).toHaveCount(stored.length);
  const rows = await pain.getByRole("table").locator("tbody tr").allInnerTexts();
  expect(rows.map((r) => r.split("\t").slice(0, 4).join("|"))).toEqual(
    stored.map((s) => [formatDay(s.date), s.kind === "run" ? "Run" : "Exercises", s.painDuring, s.painAfter].join("|")),
  );
  expect(rows.at(-1)).toMatch(/Run\t7\t6\t.*\tred/);
  await desk.close();
});

for (const range of ["4w", "12w", "all"] as const) {
  test(`the pain chart plots one point per logged session (${range})`, async ({ page, db }) => {
    const [chloe] = await db.select({ id: users.id }).from(users).where(eq(users.email, "chloe@runner.example"));
    await signIn(page, demo.maya);
    await page.goto(`/clinic/runners/${chloe!.id}?range=${range}`);
    const since = range === "all" ? "1900-01-01" : addDaysIso(today(), range === "4w" ? -27 : -83);
    const stored = await db.select({ id: sessionLogs.id }).from(sessionLogs).where(and(eq(sessionLogs.runnerId, chloe!.id), gte(sessionLogs.date, since)));
    expect(stored.length).toBeGreaterThan(10);
    // The chart draws on the client: a hundred-odd custom points can take a while on two busy cores.
    await expect(page.getByRole("region", { name: "Pain over time" }).locator("circle.session-point")).toHaveCount(stored.length, { timeout: 20_000 });
  });
}
