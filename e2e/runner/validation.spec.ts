import { eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { sessionLogs } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { createRunnerWithPlan, expect, test } from "../support/fixtures";
import { fillRun, pick, tickDueAndPickPain } from "./helpers";

/** Sends a value the scale cannot offer, as a forged or broken client would. */
async function forcePain(page: Page, value: string) {
  await page
    .getByRole("radiogroup", { name: "Pain during the run" })
    .getByRole("radio", { name: "7", exact: true })
    .evaluate((input: HTMLInputElement, v) => {
      input.value = v;
      input.checked = true;
    }, value);
}

const painError = "Pain during is a whole number from 0 to 10 (0 no pain, 10 worst imaginable).";

test.describe("a run with bad input gets a clear error beside the field and stores nothing", () => {
  const cases: { name: string; arrange: (page: Page) => Promise<void>; expectError: (page: Page) => Promise<void> }[] = [
    ...["11", "-1", "abc"].map((value) => ({
      name: `pain ${value}`,
      arrange: (page: Page) => forcePain(page, value),
      expectError: async (page: Page) => {
        await expect(page.getByRole("radiogroup", { name: "Pain during the run" }).getByRole("alert")).toHaveText(painError);
      },
    })),
    {
      name: "a future date",
      arrange: (page) => page.getByLabel("Date").fill(addDaysIso(today(), 1)),
      expectError: (page) => expect(page.getByLabel("Date")).toHaveAccessibleDescription("That date is in the future. Log what you have done."),
    },
    {
      name: "a 5,000-character note",
      arrange: (page) => page.getByLabel("Notes").fill("x".repeat(5000)),
      expectError: (page) => expect(page.getByLabel("Notes")).toHaveAccessibleDescription(/Notes are at most 2,000 characters\./),
    },
  ];

  for (const c of cases) {
    test(c.name, async ({ page, signIn, db }) => {
      const { runner } = await createRunnerWithPlan(db);
      await signIn(runner);
      await page.goto("/log/run");
      await fillRun(page, { km: "7.5", minutes: "40", during: 2, after: 2, rpe: 5 });
      await c.arrange(page);
      await page.getByRole("button", { name: "Save run" }).click();
      await c.expectError(page);
      await expect(page).toHaveURL(/\/log\/run$/);
      // What was typed is still there.
      await expect(page.getByLabel("Distance (km)")).toHaveValue("7.5");
      expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toHaveLength(0);
    });
  }
});

test.describe("an omitted pain after is never stored as 0", () => {
  test("a session with Pain after left blank is refused beside that field and stores nothing", async ({ page, signIn, db }) => {
    const { runner } = await createRunnerWithPlan(db);
    await signIn(runner);
    await page.goto("/log/session");
    await tickDueAndPickPain(page, 1);
    await pick(page, "Effort (RPE)", 3);
    await page.getByRole("button", { name: "Save session" }).click();
    await expect(page.getByRole("radiogroup", { name: "Pain after the session" }).getByRole("alert")).toHaveText("Enter pain after.");
    await expect(page).toHaveURL(/\/log\/session$/);
    expect(await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id))).toHaveLength(0);
  });

  test("an edit posted without Pain after leaves the stored value unchanged", async ({ page, signIn, db }) => {
    const { runner } = await createRunnerWithPlan(db);
    await signIn(runner);
    await page.goto("/log/run");
    await fillRun(page, { km: "5", minutes: "30", during: 1, after: 2, rpe: 4 });
    await page.getByRole("button", { name: "Save run" }).click();
    await expect(page).toHaveURL(/\/today\?logged=/);
    const [stored] = await db.select().from(sessionLogs).where(eq(sessionLogs.runnerId, runner.id));

    await page.goto(`/history/sessions/${stored!.id}`);
    await pick(page, "Pain during the run", 3);
    // A client that leaves the field out of the post altogether, as a replayed or hand-made request would.
    await page.getByRole("radiogroup", { name: "Pain after the run" }).getByRole("radio").evaluateAll((inputs) => inputs.forEach((i) => i.setAttribute("name", "not-pain-after")));
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("radiogroup", { name: "Pain after the run" }).getByRole("alert")).toHaveText("Enter pain after.");
    const [after] = await db.select().from(sessionLogs).where(eq(sessionLogs.id, stored!.id));
    expect(after).toMatchObject({ painAfter: 2, painDuring: 1 });
  });
});
