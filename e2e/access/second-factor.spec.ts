import type { Browser, Page } from "@playwright/test";
import { generate } from "otplib";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";

/*
 * Two-step sign-in, as a runner turns it on for themself: enrolment with a code computed here from the key
 * shown, then a password alone opens nothing until a code or a recovery code is given, each used once.
 */
async function passwordOnly(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/login\/verify$/);
  return page;
}

test("a runner turns on two-step sign-in; then a code or a recovery code, each once, completes a sign-in", async ({ browser, page, db }) => {
  test.setTimeout(90_000);
  const { runner } = await createRunnerWithPlan(db);
  await signIn(page, runner);
  await page.goto("/settings");
  await page.getByRole("link", { name: /Two-step sign-in/ }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code from your app").fill("123");
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByLabel("Code from your app")).toHaveAccessibleDescription(/6-digit code/);
  await page.getByLabel("Code from your app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  // Read the codes once the page shows them: allTextContents does not wait for the answer to arrive.
  const shown = page.getByRole("list", { name: "Shown once" }).getByRole("listitem");
  await expect(shown).toHaveCount(10);
  const codes = await shown.allTextContents();

  // A password alone: every page leads back to the code.
  const second = await passwordOnly(browser, runner);
  await second.goto("/today");
  await expect(second).toHaveURL(/\/login\/verify$/);
  await second.getByLabel(/Code from your app/).fill("000000");
  await second.getByRole("button", { name: "Continue" }).click();
  await expect(second.getByLabel(/Code from your app/)).toHaveAccessibleDescription(/does not match/);
  // The next 30-second step's code: the one used at enrolment is never accepted twice.
  await second.getByLabel(/Code from your app/).fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
  await second.getByRole("button", { name: "Continue" }).click();
  await expect(second).toHaveURL(/\/today$/);

  // A lost phone: a recovery code opens the account once.
  const third = await passwordOnly(browser, runner);
  await third.getByLabel(/Code from your app/).fill(codes[0]!.toUpperCase());
  await third.getByRole("button", { name: "Continue" }).click();
  await expect(third).toHaveURL(/\/today$/);
  const fourth = await passwordOnly(browser, runner);
  await fourth.getByLabel(/Code from your app/).fill(codes[0]!);
  await fourth.getByRole("button", { name: "Continue" }).click();
  await expect(fourth.getByLabel(/Code from your app/)).toHaveAccessibleDescription(/does not match/);
  await expect(fourth).toHaveURL(/\/login\/verify$/);
});
