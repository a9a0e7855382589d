import AxeBuilder from "@axe-core/playwright";
import { demo, expect, test } from "../support/fixtures";

// Every page a runner reaches from the tab bar and its lists.
for (const path of ["/today", "/log", "/log/session", "/log/run", "/check-in", "/worry", "/history", "/progress", "/messages", "/more", "/settings", "/programme", "/lefs", "/account/security"]) {
  test(`${path} has no serious or critical accessibility violations and fits a 360 px screen`, async ({ page, signIn }) => {
    await signIn(demo.alex);
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
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
