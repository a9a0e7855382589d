import { eq } from "drizzle-orm";
import { lefsResponses, runnerProfiles } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { LEFS_ITEMS } from "@/lib/rules/lefs";
import { createClinic, createRunnerInCare, createUser } from "@/testing/factories";
import { expect, signIn, test } from "../support/fixtures";
import type { Page } from "@playwright/test";
import { openSection } from "../support/sections";

/** Answers each question on the phone by its visible words; `scores` picks the choice for each item. */
async function fillLefs(page: Page, scores: number[]) {
  const words = ["Extreme difficulty or unable to perform activity", "Quite a bit of difficulty", "Moderate difficulty", "A little bit of difficulty", "No difficulty"];
  for (const [i, item] of LEFS_ITEMS.entries()) {
    await page.getByRole("group", { name: `${i + 1}. ${item}` }).getByLabel(words[scores[i]!]!).check();
  }
  await page.getByRole("button", { name: "Save questionnaire" }).click();
}

test("the LEFS: scheduled by the clinician, filled on the phone, charted on both sides, and a 9-point change called real", async ({ browser, page, db }) => {
  test.setTimeout(90_000);
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const start = addDaysIso(today(), -21);
  const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: start, name: "Lena LEFS" });
  await db.update(runnerProfiles).set({ startDate: start }).where(eq(runnerProfiles.runnerId, runner.id));

  await signIn(page, clinician);
  await page.goto(`/clinic/runners/${runner.id}`);
  const outcomes = (await openSection(page, "Outcome measures")).getByRole("region", { name: "Lower Extremity Functional Scale (LEFS)" });
  await outcomes.getByLabel("Ask every").selectOption({ label: "2 weeks" });
  await outcomes.getByLabel("First one due").fill(today());
  await outcomes.getByRole("button", { name: "Schedule LEFS" }).click();
  await expect(outcomes.getByText(/Scheduled/)).toBeVisible();

  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const runnerPage = await phone.newPage();
  await signIn(runnerPage, runner);
  await runnerPage.goto("/today");
  await runnerPage.getByRole("link", { name: "Fill the questionnaire" }).click();
  // Saving with a question left out keeps the rest and names what is missing.
  await runnerPage.getByRole("group", { name: `1. ${LEFS_ITEMS[0]}` }).getByLabel("No difficulty").check();
  await runnerPage.getByRole("button", { name: "Save questionnaire" }).click();
  await expect(runnerPage.getByText("19 questions are not answered yet.")).toBeVisible();
  await expect(runnerPage.getByRole("group", { name: `2. ${LEFS_ITEMS[1]}` })).toHaveAttribute("aria-invalid", "true");
  expect(await db.select().from(lefsResponses).where(eq(lefsResponses.runnerId, runner.id))).toEqual([]);

  await fillLefs(runnerPage, Array(20).fill(2));
  await expect(runnerPage).toHaveURL(/\/progress/);
  await expect(runnerPage.getByRole("status")).toContainText("Questionnaire saved: 40 of 80");
  const card = runnerPage.getByRole("region", { name: "Function (LEFS)" });
  await expect(card).toContainText("LEFS 40 of 80");
  await expect(card).toContainText("the first score, the baseline");
  // Not due again for two weeks: Today no longer asks.
  await runnerPage.goto("/today");
  await expect(runnerPage.getByRole("link", { name: "Fill the questionnaire" })).toHaveCount(0);

  // Two weeks on (the runner may fill one early), 9 points better: a real change.
  await runnerPage.goto("/lefs");
  await fillLefs(runnerPage, [...Array(9).fill(3), ...Array(11).fill(2)]);
  await expect(runnerPage.getByRole("region", { name: "Function (LEFS)" })).toContainText("up 9 points (better)");
  await expect(runnerPage.getByRole("region", { name: "Function (LEFS)" })).toContainText("a real change");
  await expect(runnerPage.locator("[data-chart=lefs] circle.lefs-point")).toHaveCount(2);

  await page.goto(`/clinic/runners/${runner.id}`);
  const clinicCard = page.getByRole("region", { name: "Function (LEFS)" });
  await expect(clinicCard).toContainText("LEFS 49 of 80");
  await expect(clinicCard).toContainText("a real change: at least the 9-point minimal detectable change");
  await expect(page.locator("[data-chart=lefs] circle.lefs-point")).toHaveCount(2);
  expect((await db.select().from(lefsResponses).where(eq(lefsResponses.runnerId, runner.id))).map((r) => r.total)).toEqual([40, 49]);
  await phone.close();
});
