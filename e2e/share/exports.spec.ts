import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { sessionLogs } from "@/db/schema";
import { today } from "@/lib/dates";
import { doseLabel } from "@/lib/labels";
import { pdfText } from "@/testing/pdf-text";
import { errorsOf, fhirIssues } from "@/testing/fhir-validator";
import { createRunnerWithPlan, demo, expect, signIn, test } from "../support/fixtures";
import { openSection } from "../support/sections";

test("a clinician downloads a runner's programme PDF, logs CSV and FHIR bundle from the runner's page", async ({ page, db }) => {
  const { clinician, runner } = await createRunnerWithPlan(db);
  await db.insert(sessionLogs).values({ runnerId: runner.id, clientId: randomUUID(), kind: "run", date: today(), durationMinutes: 25, rpe: 4, painDuring: 3, painAfter: 1, distanceKm: 4.5 });
  await signIn(page, clinician);
  await page.goto(`/clinic/runners/${runner.id}`);
  const exports = await openSection(page, "Share and export");

  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), exports.getByRole("link", { name }).click()]);
    return readFileSync((await file.path())!);
  };
  const printed = await pdfText(await download("Home programme (PDF)"));
  for (const name of ["Supine sciatic nerve glide (slider)", "Glute bridge"]) expect(printed).toContain(name);
  expect(printed).toContain(doseLabel({ sets: 2, reps: 10, holdSeconds: null, daysPerWeek: 7, timesPerDay: 1, weekdays: [] }));

  const csv = parse(await download("All logs and check-ins (CSV)"), { columns: true }) as Record<string, string>[];
  expect(csv).toEqual([expect.objectContaining({ entry: "run", date: today(), distance_km: "4.5", pain_during: "3", light: "amber", light_provisional: "yes", reasons: "pain 3 during" })]);

  const bundle = JSON.parse((await download("Health record (FHIR R4 JSON)")).toString());
  expect(bundle.resourceType).toBe("Bundle");
  expect(errorsOf(fhirIssues(bundle))).toEqual([]);

  // The same programme as a page to print, with its pictures.
  await exports.getByRole("link", { name: "Home programme (to print)" }).click();
  await expect(page.getByRole("heading", { name: `Home programme: ${runner.name}` })).toBeVisible();
  const list = page.getByRole("list", { name: "Exercises in your programme" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByRole("img").first()).toHaveAttribute("alt", /.+/);
});

test("the demo runner takes their own programme home as a PDF", async ({ page }) => {
  await signIn(page, demo.alex);
  await page.goto("/programme");
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as PDF" }).click()]);
  const printed = await pdfText(readFileSync((await file.path())!));
  const names = await page.getByRole("list", { name: "Exercises in your programme" }).getByRole("heading", { level: 3 }).allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(printed).toContain(name);
  expect(printed).toContain("Your pain rules");
});
