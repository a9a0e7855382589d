import { test as base, expect, type Page } from "@playwright/test";
import { eq, inArray } from "drizzle-orm";
import { connect, type Db } from "@/db";
import { exercises, runnerProfiles } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { createActivePlan, createClinic, createRunnerInCare, createUser } from "@/testing/factories";
import { DEMO_PASSWORD, demoAdmin, demoClinicians, demoRunners } from "@/lib/seed/demo-caseload";

/** The demo accounts the seed creates (see lib/seed/demo-caseload.ts). */
export const demo = {
  maya: { email: demoClinicians[0].email, password: DEMO_PASSWORD, name: demoClinicians[0].name },
  sam: { email: demoClinicians[1].email, password: DEMO_PASSWORD, name: demoClinicians[1].name },
  riley: { email: demoAdmin.email, password: DEMO_PASSWORD, name: demoAdmin.name },
  alex: { email: demoRunners[0]!.email, password: DEMO_PASSWORD, name: demoRunners[0]!.name },
};

export async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** `db`: the same database the server under test uses, for arranging data and asserting what was stored. */
/**
 * A fresh runner of a fresh clinician, started 30 days ago, with a daily plan of two library exercises:
 * for tests that count what got stored without other tests' entries in the way.
 */
export async function createRunnerWithPlan(db: Db) {
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const start = addDaysIso(today(), -30);
  const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: start });
  await db.update(runnerProfiles).set({ startDate: start }).where(eq(runnerProfiles.runnerId, runner.id));
  const library = await db
    .select({ id: exercises.id })
    .from(exercises)
    .where(inArray(exercises.name, ["Supine sciatic nerve glide (slider)", "Glute bridge"]));
  const plan = await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, startDate: start, items: library.map((e) => ({ exerciseId: e.id })) });
  return { clinic, clinician, runner, plan };
}

// Playwright's fixture callback is named `use` by convention; it is not React's hook.
/* eslint-disable react-hooks/rules-of-hooks */
export const test = base.extend<{ signIn: (who: { email: string; password: string }) => Promise<void> }, { db: Db }>({
  db: [
    async ({}, use) => {
      const connection = await connect({ databaseUrl: process.env.E2E_DATABASE_URL });
      await use(connection.db);
      await connection.close();
    },
    { scope: "worker" },
  ],
  signIn: async ({ page }, use) => {
    await use((who) => signIn(page, who));
  },
});
/* eslint-enable react-hooks/rules-of-hooks */

export { expect };
