import { eq } from "drizzle-orm";
import { runnerProfiles } from "@/db/schema";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";

/*
 * A runner's time zone decides which day each entry is judged on, so the zone they choose must be the one
 * stored and the one shown, on a slow phone too.
 */
test.use({ timezoneId: "Europe/Paris" });

test("a time zone chosen while the page is still loading is the one saved, and stays shown after saving", async ({ page, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  const stored = async () => (await db.select({ zone: runnerProfiles.timeZone }).from(runnerProfiles).where(eq(runnerProfiles.runnerId, runner.id)))[0]!.zone;
  await signIn(page, runner);

  // A slow phone: the page is drawn, its scripts have not run yet, and the runner already chooses.
  let release!: () => void;
  const loading = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/[^/]+\.js$/, async (route) => {
    await loading;
    await route.continue();
  });
  await page.goto("/settings", { waitUntil: "domcontentloaded" });
  await page.getByLabel("Time zone").fill("Pacific/Auckland");
  release();
  // The page is live once it offers the phone's own zone, which differs from the one chosen.
  await expect(page.getByRole("button", { name: "Use this device's time zone (Europe/Paris)" })).toBeVisible();
  await expect(page.getByLabel("Time zone")).toHaveValue("Pacific/Auckland");

  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: your days now follow Pacific/Auckland." })).toBeVisible();
  await expect(page.getByLabel("Time zone")).toHaveValue("Pacific/Auckland");
  expect(await stored()).toBe("Pacific/Auckland");

  // The phone's own zone, taken with the button, is saved and shown the same way; the offer then goes.
  await page.getByRole("button", { name: "Use this device's time zone (Europe/Paris)" }).click();
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: your days now follow Europe/Paris." })).toBeVisible();
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Paris");
  await expect(page.getByRole("button", { name: /Use this device's time zone/ })).toBeHidden();
  expect(await stored()).toBe("Europe/Paris");
});
