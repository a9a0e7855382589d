import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { morningCheckins, sessionLogs, users } from "@/db/schema";
import { seriousViolations } from "../support/axe";
import { demo, expect, test } from "../support/fixtures";

// Every page a runner reaches from the tab bar and its lists, in groups that run side by side, one sign-in each.
const RUNNER_PAGES = [
  ["/today", "/log", "/log/session", "/log/run"],
  ["/check-in", "/worry", "/history", "/progress"],
  ["/messages", "/more", "/settings", "/programme"],
  ["/lefs", "/measures/psfs", "/measures/groc", "/account/security", "an exercise session", "a morning check-in"],
];

for (const pages of RUNNER_PAGES) {
  test(`${pages.join(", ")}: no serious or critical accessibility violation, and each fits a 360 px screen`, async ({ page, signIn, db }) => {
    // Axe takes seconds a page, several times that on a loaded CI machine.
    test.setTimeout(90_000);
    await signIn(demo.alex);
    const found: Record<string, string[]> = {};
    for (const path of await Promise.all(pages.map((p) => (p.startsWith("/") ? p : entryPage(db, p))))) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const serious = await seriousViolations(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) serious.push(`${width} px wide`);
      if (serious.length) found[path] = serious;
    }
    expect(found).toEqual({});
  });
}

/** The demo runner's oldest entry of a kind: the seed's, which no other test edits or deletes. */
async function entryPage(db: Db, kind: string) {
  const [alex] = await db.select({ id: users.id }).from(users).where(eq(users.email, demo.alex.email));
  if (kind === "an exercise session") {
    const [session] = await db.select({ id: sessionLogs.id }).from(sessionLogs).where(eq(sessionLogs.runnerId, alex!.id)).orderBy(asc(sessionLogs.createdAt)).limit(1);
    return `/history/sessions/${session!.id}`;
  }
  const [checkin] = await db.select({ id: morningCheckins.id }).from(morningCheckins).where(eq(morningCheckins.runnerId, alex!.id)).orderBy(asc(morningCheckins.createdAt)).limit(1);
  return `/history/checkins/${checkin!.id}`;
}

test("the pain scale works by keyboard: arrow keys move the choice", async ({ page, signIn }) => {
  await signIn(demo.alex);
  await page.goto("/log/run");
  const scale = page.getByRole("radiogroup", { name: "Pain during the run" });
  await scale.getByRole("radio", { name: "3", exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(scale.getByRole("radio", { name: "3", exact: true })).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expect(scale.getByRole("radio", { name: "4", exact: true })).toBeChecked();
  await expect(scale.getByRole("radio", { name: "3", exact: true })).not.toBeChecked();
});

test("the progress charts print without the controls", async ({ page, signIn }) => {
  await signIn(demo.alex);
  await page.goto("/progress");
  await expect(page.getByRole("region", { name: "Pain over time" }).locator("svg").first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Chart range" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("region", { name: "Pain over time" }).locator("svg").first()).toBeVisible();
});
