import type { Page } from "@playwright/test";

/** Picks a number on one of the 0-10 scales, found by its visible legend. */
export async function pick(page: Page, legend: string | RegExp, value: number) {
  const name = value === 0 ? /^0,/ : value === 10 ? /^10,/ : String(value);
  await page.getByRole("radiogroup", { name: legend }).getByRole("radio", { name, exact: typeof name === "string" }).check();
}

/** Ticks every exercise due today as done at its prescribed dose, and scores the session's pain during. */
export async function tickDueAndPickPain(page: Page, value: number) {
  for (const box of await page.getByRole("group", { name: "Today's exercises" }).getByRole("checkbox").all()) await box.check();
  await pick(page, "Pain during the exercises", value);
}

export async function fillRun(page: Page, run: { date?: string; km: string; minutes: string; during: number; after: number; rpe: number; notes?: string }) {
  if (run.date) await page.getByLabel("Date").fill(run.date);
  await page.getByLabel("Distance (km)").fill(run.km);
  await page.getByLabel("Duration (minutes)").fill(run.minutes);
  await pick(page, "Pain during the run", run.during);
  await pick(page, "Pain after the run", run.after);
  await pick(page, "Effort (RPE)", run.rpe);
  if (run.notes) await page.getByLabel("Notes").fill(run.notes);
}
