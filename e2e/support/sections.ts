import type { Page } from "@playwright/test";

/** Opens one of the runner page's folded sections ("Limits in force", "Profile"…) by its title. */
export async function openSection(page: Page, title: string) {
  const summary = page.locator("details > summary").filter({ has: page.getByText(title, { exact: true }) });
  const details = summary.locator("..");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
  return page.getByRole("region", { name: title });
}
