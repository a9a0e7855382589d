import { test as base, expect, type Page } from "@playwright/test";
import { connect, type Db } from "@/db";
import { DEMO_PASSWORD, demoClinicians, demoRunners } from "@/db/seed/demo-caseload";

/** The demo accounts the seed creates (see db/seed/demo-caseload.ts). */
export const demo = {
  maya: { email: demoClinicians[0].email, password: DEMO_PASSWORD, name: demoClinicians[0].name },
  sam: { email: demoClinicians[1].email, password: DEMO_PASSWORD, name: demoClinicians[1].name },
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
