import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { clinicianNotes, exercises, plans, users } from "@/db/schema";
import { createActivePlan, createClinic, createExercise, createRunnerInCare, createUser } from "@/testing/factories";
import { demo, expect, signIn, test } from "../support/fixtures";

/** Another clinic's clinician, with a runner and plan of their own to forge requests from. */
async function outsider(db: Parameters<typeof createClinic>[0]) {
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, password: null });
  const [glide] = await db.select().from(exercises).where(eq(exercises.name, "Supine sciatic nerve glide (slider)"));
  await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, items: [{ exerciseId: glide!.id }] });
  return { clinician, runner };
}

async function mayasRunner(db: Parameters<typeof createClinic>[0]) {
  const [maya] = await db.select().from(users).where(eq(users.email, demo.maya.email));
  const [chloe] = await db.select().from(users).where(eq(users.email, "chloe@runner.example"));
  const [plan] = await db.select().from(plans).where(and(eq(plans.runnerId, chloe!.id), eq(plans.status, "active")));
  const [note] = await db.insert(clinicianNotes).values({ runnerId: chloe!.id, authorId: maya!.id, body: `Private note ${randomUUID()}` }).returning();
  const custom = await createExercise(db, { clinicId: maya!.clinicId, name: `Maya's drill ${randomUUID().slice(0, 6)}`, category: "strength", painRule: "standard" });
  return { chloe: chloe!, plan: plan!, note: note!, custom };
}

test("another clinic's clinician gets not found for the runner, plan, notes and custom exercises", async ({ page, db }) => {
  const them = await outsider(db);
  const mine = await mayasRunner(db);
  await signIn(page, them.clinician);
  for (const path of [`/clinic/runners/${mine.chloe.id}`, `/clinic/runners/${mine.chloe.id}/plan/edit`, `/clinic/runners/${mine.chloe.id}/plan/new`, `/clinic/library/${mine.custom.id}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }
  await page.goto("/clinic/library");
  await expect(page.getByText(mine.custom.name)).toHaveCount(0);
  await page.goto(`/clinic?q=Chloe`);
  await expect(page.getByText(mine.note.body)).toHaveCount(0);
  await expect(page.getByRole("rowheader")).toHaveCount(0);
});

test("server actions called with another clinic's ids change nothing", async ({ page, db }) => {
  const them = await outsider(db);
  const mine = await mayasRunner(db);
  await signIn(page, them.clinician);

  // "End plan", forged to name Maya's runner's plan.
  await page.goto(`/clinic/runners/${them.runner.id}`);
  const end = page.locator("form").filter({ has: page.getByRole("button", { name: "End plan" }) });
  await end.locator('input[name="planId"]').evaluate((el: HTMLInputElement, id) => (el.value = id), mine.plan.id);
  await end.getByRole("button", { name: "End plan" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "End and archive the plan" }).click();
  await expect(page).toHaveURL(/failed=end/);

  // A plan for their own runner, forged to prescribe Maya's clinic's custom exercise.
  await page.getByRole("button", { name: "End plan" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "End and archive the plan" }).click();
  await expect(page).toHaveURL(/saved=ended/);
  await page.goto(`/clinic/runners/${them.runner.id}/plan/new`);
  await page.getByRole("list", { name: "Exercises found" }).getByRole("button").first().click();
  await page.getByLabel("Plan title").fill("Forged");
  const builder = page.locator("form").filter({ has: page.getByRole("button", { name: "Create plan" }) });
  await builder.locator('input[name="items"]').evaluate((el: HTMLInputElement, id) => {
    const items = JSON.parse(el.value);
    items[0].exerciseId = id;
    // React would rewrite the value on re-render; submit straight away.
    el.value = JSON.stringify(items);
  }, mine.custom.id);
  await builder.evaluate((form: HTMLFormElement) => form.requestSubmit());
  await expect(builder.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();

  const [plan] = await db.select().from(plans).where(eq(plans.id, mine.plan.id));
  expect(plan!.status).toBe("active");
  expect(await db.select().from(plans).where(and(eq(plans.runnerId, them.runner.id), eq(plans.title, "Forged")))).toHaveLength(0);
});
