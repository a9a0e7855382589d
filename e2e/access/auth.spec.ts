import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { demo, expect, test } from "../support/fixtures";

test.describe("signing in", () => {
  test("a clinician lands on their caseload and sees only their own runners", async ({ page, signIn }) => {
    await signIn(demo.maya);
    await expect(page).toHaveURL(/\/clinic$/);
    await expect(page.getByRole("heading", { name: "Your caseload" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Alex Morgan" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Chloe Dubois" })).toBeVisible();
    // Tom is Sam's runner, not Maya's.
    await expect(page.getByRole("link", { name: "Tom Becker" })).toHaveCount(0);
  });

  test("a runner lands on today's plan", async ({ page, signIn }) => {
    await signIn(demo.alex);
    await expect(page).toHaveURL(/\/today$/);
    await expect(page.getByRole("heading", { name: "Adverse neural tension (nerve glides, no stretching)" })).toBeVisible();
    const due = page.getByRole("list", { name: "Exercises due today" });
    await expect(due.getByText("Supine sciatic nerve glide (slider)")).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    const attempt = async (email: string, password: string) => {
      await page.goto("/login");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      const alert = page.locator("form").getByRole("alert");
      await expect(alert).toBeVisible();
      await expect(page).toHaveURL(/\/login/);
      return alert.textContent();
    };
    const wrongPassword = await attempt(demo.maya.email, "not-the-password");
    const unknownEmail = await attempt("nobody@riverside.example", "not-the-password");
    expect(wrongPassword).toBe("That email and password do not match an account.");
    expect(unknownEmail).toBe(wrongPassword);
    // The form keeps what was typed.
    await expect(page.getByLabel("Email")).toHaveValue("nobody@riverside.example");
  });

  test("signing out ends the session", async ({ page, signIn }) => {
    await signIn(demo.maya);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/clinic");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("who may see what", () => {
  for (const path of ["/", "/clinic", "/today", "/clinic/runners/00000000-0000-0000-0000-000000000000"]) {
    test(`a signed-out visit to ${path} lands on /login`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    });
  }

  test("a runner opening a clinician page gets not found", async ({ page, signIn }) => {
    await signIn(demo.alex);
    const response = await page.goto("/clinic");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByText("Your caseload")).toHaveCount(0);
  });

  test("a clinician opening the runner's today page gets not found", async ({ page, signIn }) => {
    await signIn(demo.maya);
    const response = await page.goto("/today");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });

  test("a clinician cannot see a runner of the other clinician", async ({ page, signIn, db }) => {
    const [alex] = await db.select({ id: users.id }).from(users).where(eq(users.email, demo.alex.email));
    await signIn(demo.sam);
    const response = await page.goto(`/clinic/runners/${alex!.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByText(demo.alex.name)).toHaveCount(0);
  });

  test("the runner's own clinician can open their page", async ({ page, signIn, db }) => {
    const [alex] = await db.select({ id: users.id }).from(users).where(eq(users.email, demo.alex.email));
    await signIn(demo.maya);
    await page.goto(`/clinic/runners/${alex!.id}`);
    await expect(page.getByRole("heading", { name: demo.alex.name })).toBeVisible();
  });
});
