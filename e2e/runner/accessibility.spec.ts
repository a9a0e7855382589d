import AxeBuilder from "@axe-core/playwright";
import { demo, expect, test } from "../support/fixtures";

// Every page a runner reaches from the tab bar and its lists, in one sign-in.
const RUNNER_PAGES = ["/today", "/log", "/log/session", "/log/run", "/check-in", "/worry", "/history", "/progress", "/messages", "/more", "/settings", "/programme", "/lefs", "/account/security"];

test("every runner page has no serious or critical accessibility violations and fits a 360 px screen", async ({ page, signIn }) => {
  test.setTimeout(150_000);
  await signIn(demo.alex);
  const found: Record<string, string[]> = {};
  for (const path of RUNNER_PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 360) serious.push(`${width} px wide`);
    if (serious.length) found[path] = serious;
  }
  expect(found).toEqual({});
  test.info().annotations.push({ type: "axe", description: `${RUNNER_PAGES.length} runner pages at 360 px, no serious or critical violation` });
});

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
