import type { Browser, Page } from "@playwright/test";
import { addDaysIso, today } from "@/lib/dates";
import { expect } from "./fixtures";
import { pick } from "../runner/helpers";

/*
 * A runner as a clinic really gets one: added by a clinician through "Add a runner", joining by the invite
 * link on a phone. For tests that must not lean on the demo data or the factories.
 */
export async function addRunnerThroughApp(
  browser: Browser,
  desk: Page,
  who: { name: string; email: string; presentation: string; startDate: string; side?: string; usualPain?: number; history?: string[]; password?: string },
) {
  await desk.goto("/clinic/runners/new");
  await desk.waitForLoadState("networkidle");
  await desk.getByLabel("Name").fill(who.name);
  await desk.getByLabel("Email").fill(who.email);
  await desk.getByLabel("Presentation").selectOption({ label: who.presentation });
  await desk.getByLabel("Affected side").selectOption({ label: who.side ?? "Left" });
  await desk.getByLabel("Start date").fill(who.startDate);
  await desk.getByRole("radiogroup", { name: /Usual pain/ }).getByRole("radio", { name: String(who.usualPain ?? 1), exact: true }).check();
  await desk.getByRole("checkbox", { name: "None of these" }).check();
  for (const history of who.history ?? []) await desk.getByRole("checkbox", { name: history }).check();
  await desk.getByRole("button", { name: "Add runner and create invite" }).click();
  const link = await desk.getByRole("textbox", { name: "Invite link" }).inputValue();

  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const phone = await context.newPage();
  await phone.goto(link);
  const password = who.password ?? "runs-again-soon";
  await phone.getByLabel("Choose a password").fill(password);
  await phone.getByLabel("Type it again").fill(password);
  await phone.getByRole("button", { name: "Set password and start" }).click();
  await expect(phone).toHaveURL(/\/today$/);
  return { phone, context };
}

/** A runner's row on the roster, found by name. */
export const rosterRow = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });

/** A morning check-in on the phone, back-dated by `daysAgo`, with stiffness 1. */
export async function checkIn(phone: Page, daysAgo: number, pain = 1) {
  await phone.goto("/check-in");
  await phone.getByLabel("Morning of").fill(addDaysIso(today(), -daysAgo));
  await pick(phone, "Pain this morning", pain);
  await pick(phone, "Stiffness this morning", 1);
  await phone.getByRole("button", { name: "Save check-in" }).click();
  await expect(phone).toHaveURL(/\/today/);
}
