import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { measureResponses, planTemplates, plans, redFlagReports } from "@/db/schema";
import { presentationLabel } from "@/lib/labels";
import { pdfText } from "@/testing/pdf-text";
import { createUser } from "@/testing/factories";
import { seriousViolations } from "../support/axe";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";
import { openSection } from "../support/sections";

test("outcomes: PSFS scheduled at intake and every 2 weeks, filled on the phone, asked again at discharge with the GROC, then the summary, its PDF and the clinic's figures", async ({ browser, page, db }) => {
  test.setTimeout(120_000);
  const { clinic, clinician, runner, plan } = await createRunnerWithPlan(db);
  const [template] = await db.insert(planTemplates).values({ clinicId: clinic.id, name: "Glides first", presentation: "neural_tension" }).returning();
  await db.update(plans).set({ templateId: template!.id }).where(eq(plans.id, plan.plan.id));
  await db.insert(redFlagReports).values({ runnerId: runner.id, clientId: randomUUID(), source: "worry", asked: ["foot-drop"], signs: ["foot-drop"], urgency: "today", reportedBy: runner.id });

  await signIn(page, clinician);
  await page.goto(`/clinic/runners/${runner.id}`);
  const measures = await openSection(page, "Outcome measures");
  const psfs = measures.getByRole("region", { name: "Patient-Specific Functional Scale (PSFS)" });
  await psfs.getByLabel("At intake").check();
  await psfs.getByLabel("At discharge").check();
  await psfs.getByLabel("Ask every").selectOption({ label: "2 weeks" });
  await psfs.getByRole("button", { name: "Schedule PSFS" }).click();
  await expect(psfs.getByText(/^Scheduled/)).toBeVisible();
  const groc = measures.getByRole("region", { name: "Global Rating of Change (GROC)" });
  // A schedule with no occasion is refused beside its choices, and nothing is stored.
  await groc.getByRole("button", { name: "Schedule GROC" }).click();
  await expect(groc.getByText("Choose at least one: at intake, a regular interval, or at discharge.")).toBeVisible();
  await groc.getByLabel("At discharge").check();
  await groc.getByRole("button", { name: "Schedule GROC" }).click();
  await expect(groc.getByText(/^Scheduled/)).toBeVisible();

  // The runner fills the intake PSFS on a phone.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const mobile = await phone.newPage();
  await signIn(mobile, runner);
  await mobile.goto("/today");
  await expect(mobile.getByRole("link", { name: "Fill the GROC" })).toHaveCount(0);
  await mobile.getByRole("link", { name: "Fill the PSFS" }).click();
  await mobile.getByLabel("Activity 1").fill("Running 10 km");
  await mobile.getByRole("button", { name: "Save questionnaire" }).click();
  await expect(mobile.getByText("Enter the rating of activity 1.")).toBeVisible();
  await mobile.getByRole("radiogroup", { name: "How able are you to do activity 1 today?" }).getByLabel("3", { exact: true }).check();
  await mobile.getByRole("button", { name: "Save questionnaire" }).click();
  await expect(mobile.getByRole("status")).toContainText("Questionnaire saved");
  await expect(mobile.getByRole("region", { name: "Patient-Specific Functional Scale (PSFS)" })).toContainText("PSFS 3.0 of 10");
  await mobile.goto("/today");
  await expect(mobile.getByRole("link", { name: "Fill the PSFS" })).toHaveCount(0);

  // Discharge asks for its measures first.
  await page.reload();
  const discharge = await openSection(page, "Discharge");
  await discharge.getByRole("button", { name: "Ask for the final PSFS and GROC" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Waiting for: PSFS, GROC" })).toBeVisible();

  await mobile.goto("/today");
  await mobile.getByRole("link", { name: "Fill the PSFS" }).click();
  // The follow-up rates the activity named at intake.
  await expect(mobile.getByText("Activity 1: Running 10 km")).toBeVisible();
  await mobile.getByRole("radiogroup", { name: "How able are you to do activity 1 today?" }).getByLabel("6", { exact: true }).check();
  await mobile.getByRole("button", { name: "Save questionnaire" }).click();
  await expect(mobile.getByRole("region", { name: "Patient-Specific Functional Scale (PSFS)" })).toContainText("up 3.0 (better)");
  await mobile.goto("/today");
  await mobile.getByRole("link", { name: "Fill the GROC" }).click();
  await mobile.getByLabel("Quite a bit better").check();
  await mobile.getByRole("button", { name: "Save questionnaire" }).click();
  await expect(mobile.getByRole("status")).toContainText("Questionnaire saved");
  expect((await db.select().from(measureResponses).where(eq(measureResponses.runnerId, runner.id))).map((r) => `${r.instrument} ${r.score}`)).toEqual(["psfs 3", "psfs 6", "groc 5"]);

  await page.reload();
  const ready = await openSection(page, "Discharge");
  await expect(ready.getByText(/Filled since you asked .*PSFS 6.0 of 10; GROC \+5 \(Quite a bit better\)/)).toBeVisible();
  await ready.getByLabel("Reason for discharge").fill("Back to 10 km pain-free.");
  await ready.getByRole("button", { name: "Discharge this runner" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: `Discharge ${runner.name}` }).click();
  const summary = page.getByRole("article", { name: "Discharge summary" });
  await expect(summary.getByRole("heading", { name: `Discharge summary: ${runner.name}` })).toBeVisible();
  await expect(summary.getByRole("region", { name: "Outcome measures" })).toContainText(/PSFS 3.0 of 10 .* to PSFS 6.0 of 10 .*\+3: a real change/);
  expect(await seriousViolations(page)).toEqual([]);

  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the summary (PDF)" }).click()]);
  const printed = (await pdfText(readFileSync((await file.path())!))).replace(/\s+/g, " ");
  for (const words of ["Patient-Specific Functional Scale", "Global Rating of Change", "Pain over the episode", "Red flags", "Back to 10 km pain-free."]) expect(printed).toContain(words);
  expect(printed).toMatch(/foot/i);

  // The clinic's figures list the episode under its presentation and its template.
  await page.goto("/clinic/outcomes");
  const byPresentation = page.getByRole("table", { name: "By presentation" });
  await expect(byPresentation.getByRole("rowheader", { name: presentationLabel("neural_tension") })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const byTemplate = page.getByRole("table", { name: "By template" });
  await byTemplate.getByRole("link", { name: /^Episodes, Glides first: 1$/ }).click();
  await expect(page.getByRole("link", { name: new RegExp(runner.name) })).toBeVisible();

  // Another clinic sees none of it.
  const outsider = await createUser(db, { clinicId: (await createRunnerWithPlan(db)).clinic.id, role: "clinician" });
  await signIn(mobile, outsider);
  await mobile.goto("/clinic/outcomes");
  await expect(mobile.getByText("No discharged episode matches.")).toBeVisible();
  expect((await mobile.request.get(`/clinic/runners/${runner.id}/summary`)).status()).toBe(404);
  expect((await mobile.request.get(`/export/runners/${runner.id}/discharge-summary.pdf`)).status()).toBe(404);
  await phone.close();
});
