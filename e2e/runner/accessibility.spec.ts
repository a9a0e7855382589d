import AxeBuilder from "@axe-core/playwright";
import { demo, expect, test } from "../fixtures";

for (const path of ["/today", "/log/session", "/log/run", "/check-in", "/history", "/progress"]) {
  test(`${path} has no serious or critical accessibility violations and fits a 360 px screen`, async ({ page, signIn }) => {
    await signIn(demo.alex);
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}
