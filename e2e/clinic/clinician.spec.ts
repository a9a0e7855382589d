import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { planVersions, plans, runnerProfiles, users } from "@/db/schema";
import { createCaseload } from "@/testing/factories";
import { demo, expect, signIn, test } from "../support/fixtures";
import { mailTo } from "../support/mail";
import { openSection } from "../support/sections";

test("a clinician adds a runner, the runner joins by invite, then sees the plan built from a template and edited", async ({ browser, page, db }) => {
  // Two people through some fifteen pages: more than the default budget on two shared cores.
  test.setTimeout(90_000);
  const email = `new-runner-${randomUUID().slice(0, 8)}@test.example`;
  await signIn(page, demo.maya);
  await page.getByRole("link", { name: "Add runner" }).first().click();
  await expect(page.getByRole("heading", { name: "Add a runner" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Name").fill("Robin Hale");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Presentation").selectOption({ label: "Sciatic nerve tension" });
  await page.getByLabel("Affected side").selectOption({ label: "Left" });
  await page.getByLabel("Goal").fill("Parkrun without tightness");
  await page.getByRole("radiogroup", { name: /Usual pain/ }).getByRole("radio", { name: "1", exact: true }).check();
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Add runner and create invite" }).click();
  const link = await page.getByRole("textbox", { name: "Invite link" }).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText(`We are emailing this link to ${email}`)).toBeVisible();

  // The invite also arrives by email, through the worker and a real SMTP server, with the same link.
  const [mail] = await mailTo(email);
  expect(mail!.subject).toBe(`${demo.maya.name} invited you to StrideBack`);
  expect(mail!.text).toContain(link);

  // The runner, in a fresh browser, chooses a password and lands on today's page.
  const runnerContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const runnerPage = await runnerContext.newPage();
  await runnerPage.goto(link);
  await expect(runnerPage.getByText("Welcome, Robin Hale")).toBeVisible();
  await runnerPage.getByLabel("Choose a password").fill("robin-runs-again");
  await runnerPage.getByLabel("Type it again").fill("robin-runs-again");
  await runnerPage.getByRole("button", { name: "Set password and start" }).click();
  await expect(runnerPage).toHaveURL(/\/today$/);
  await expect(runnerPage.getByText("No active plan yet")).toBeVisible();

  // The clinician builds the plan from the nerve-glide template.
  await page.getByRole("link", { name: /Open Robin Hale's page/ }).click();
  await page.getByRole("link", { name: "Build a plan" }).click();
  await page.getByRole("link", { name: "Adverse neural tension (nerve glides, no stretching)" }).click();
  const rows = page.getByRole("list", { name: "Prescriptions" }).getByRole("listitem");
  await expect(rows).toHaveCount(4);
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("status")).toHaveText("Plan created.");
  await expect(page.getByText(/version 1 since/)).toBeVisible();

  await runnerPage.reload();
  await expect(runnerPage.getByRole("heading", { name: "Adverse neural tension (nerve glides, no stretching)" })).toBeVisible();
  await expect(runnerPage.getByText("Seated sciatic nerve slider")).toBeVisible();

  // Edit: drop the seated slider, move the bridge up. That is version 2; version 1 stays readable.
  await page.getByRole("link", { name: "Edit plan" }).click();
  await page.getByRole("button", { name: "Remove Seated sciatic nerve slider" }).click();
  await page.getByRole("button", { name: "Move up Glute bridge" }).click();
  await page.getByLabel("What changed").fill("Slider dropped; bridge earlier");
  await page.getByRole("button", { name: "Save as new version" }).click();
  await expect(page.getByRole("status")).toHaveText("Plan saved as a new version.");
  await expect(page.getByText(/version 2 since/)).toBeVisible();
  const history = page.getByRole("region", { name: "Plan history" });
  await history.getByText(/version 1 \(from/).click();
  await expect(history.getByText("Seated sciatic nerve slider")).toBeVisible();

  await runnerPage.reload();
  await expect(runnerPage.getByText("Supine sciatic nerve glide (slider)")).toBeVisible();
  await expect(runnerPage.getByText("Seated sciatic nerve slider")).toHaveCount(0);

  const [robin] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  const stored = await db
    .select({ status: plans.status, version: planVersions.version })
    .from(plans)
    .innerJoin(planVersions, eq(planVersions.planId, plans.id))
    .where(eq(plans.runnerId, robin!.id))
    .orderBy(planVersions.version);
  expect(stored).toEqual([
    { status: "active", version: 1 },
    { status: "active", version: 2 },
  ]);
  await runnerContext.close();
});

test("an adding form refuses an email that already has an account, keeping what was typed", async ({ page }) => {
  await signIn(page, demo.maya);
  await page.goto("/clinic/runners/new");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Name").fill("Second Alex");
  await page.getByLabel("Email").fill(demo.alex.email);
  await page.getByLabel("Presentation").selectOption({ label: "Cramp" });
  await page.getByLabel("Affected side").selectOption({ label: "Right" });
  await page.getByRole("radiogroup", { name: /Usual pain/ }).getByRole("radio", { name: /^0,/ }).check();
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Add runner and create invite" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Someone in your clinic already uses this email.");
  await expect(page.getByLabel("Name")).toHaveValue("Second Alex");
  // The choices in drop-downs are kept too, not put back to "Choose…" when the form answers.
  await expect(page.getByLabel("Presentation")).toHaveValue("cramp");
  await expect(page.getByLabel("Affected side")).toHaveValue("right");
});

test("a runner's profile shows what was saved, and a second save keeps it", async ({ page, db }) => {
  const { clinician, runner } = await createCaseload(db);
  const profile = async () => (await db.select().from(runnerProfiles).where(eq(runnerProfiles.runnerId, runner.id)))[0]!;
  await signIn(page, clinician);
  await page.goto(`/clinic/runners/${runner.id}`);
  await openSection(page, "Profile");
  await page.getByText("Edit profile").click();
  await page.getByLabel("Affected side").selectOption({ label: "Right" });
  await page.getByLabel("Time zone").fill("Europe/Dublin");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
  // What the form shows after saving is what was stored, not what the page first showed.
  await expect(page.getByLabel("Affected side")).toHaveValue("right");
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Dublin");
  expect(await profile()).toMatchObject({ affectedSide: "right", timeZone: "Europe/Dublin" });

  // A second edit of another field stores that field alone: the side and zone stay as saved.
  await page.getByLabel("Goal").fill("Parkrun without a flare");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect.poll(async () => (await profile()).goal).toBe("Parkrun without a flare");
  expect(await profile()).toMatchObject({ affectedSide: "right", timeZone: "Europe/Dublin" });
  await expect(page.getByLabel("Affected side")).toHaveValue("right");
});

test("the roster searches, filters and sorts", async ({ page }) => {
  await signIn(page, demo.maya);
  await page.getByLabel("Search by name").fill("chl");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("rowheader")).toContainText("Chloe Dubois");
  await page.goto("/clinic?presentation=hamstring_strain&sort=name&dir=desc");
  const names = await page.getByRole("rowheader").getByRole("link").allInnerTexts();
  expect(names).toEqual([...names].sort().reverse());
  expect(names).toContain("Jordan Lee");
  await expect(page.getByRole("columnheader", { name: /Runner/ })).toHaveAttribute("aria-sort", "descending");
});

test("the library filters, and a custom exercise is added and edited", async ({ page }) => {
  const name = `Bent-knee glide ${randomUUID().slice(0, 6)}`;
  await signIn(page, demo.maya);
  await page.goto("/clinic/library?category=nerve_glide");
  await expect(page.getByRole("list", { name: "Exercises" }).getByRole("listitem")).toHaveCount(2);
  const glide = page.getByRole("listitem", { name: "Supine sciatic nerve glide (slider)" });
  await glide.getByText("Instructions, cues and pain rule").click();
  await expect(glide).toContainText("Straighten the leg up to the point of tension");
  await expect(glide).toContainText("Neural: light tension only");
  await expect(glide.getByRole("link", { name: /Edit/ })).toHaveCount(0);

  await page.getByRole("link", { name: "Add a custom exercise" }).click();
  await expect(page.getByRole("heading", { name: "Add a custom exercise" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Category").selectOption({ label: "Nerve glide" });
  await page.getByLabel("Instructions").fill("Sitting, bend and straighten the knee to light tension.");
  await page.getByLabel("Default sets").fill("2");
  await page.getByLabel("Default reps").fill("10");
  await page.getByLabel("Days per week").fill("7");
  await page.getByRole("button", { name: "Save exercise" }).click();
  await expect(page.getByRole("status")).toHaveText("Exercise saved.");
  await page.getByRole("listitem", { name }).getByRole("link", { name: /Edit/ }).click();
  await page.getByLabel("Default reps").fill("12");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("listitem", { name })).toContainText("2 × 12");
});
