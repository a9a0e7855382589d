import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { invites, users } from "@/db/schema";
import { createClinic, createRunnerInCare, createUser } from "@/testing/factories";
import { expect, test } from "../support/fixtures";

/** An invite stored as the app stores it (a hash), with the token only the test knows. */
async function invite(db: Parameters<typeof createClinic>[0], expiresInMs: number) {
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, password: null });
  const token = randomBytes(32).toString("base64url");
  await db.insert(invites).values({ runnerId: runner.id, tokenHash: createHash("sha256").update(token).digest("hex"), expiresAt: new Date(Date.now() + expiresInMs), createdBy: clinician.id });
  return { token, runner };
}

test("an expired invite is refused with a clear message and creates nothing", async ({ page, db }) => {
  const { token, runner } = await invite(db, -60_000);
  await page.goto(`/invite/${token}`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/expired \(links last 7 days\)\. Ask your physio for a new one/);
  await expect(page.getByLabel("Choose a password")).toHaveCount(0);
  const [row] = await db.select().from(users).where(eq(users.id, runner.id));
  expect(row!.passwordHash).toBeNull();
});

test("a used invite is refused the second time", async ({ browser, db }) => {
  const { token } = await invite(db, 60 * 60_000);
  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto(`/invite/${token}`);
  await page.getByLabel("Choose a password").fill("first-time-only");
  await page.getByLabel("Type it again").fill("first-time-only");
  await page.getByRole("button", { name: "Set password and start" }).click();
  await expect(page).toHaveURL(/\/today$/);
  await first.close();

  const second = await browser.newContext();
  const again = await second.newPage();
  await again.goto(`/invite/${token}`);
  await expect(again.getByRole("main").getByRole("alert")).toHaveText(/already been used/);
  await second.close();
});

test("a forged invite link is refused", async ({ page }) => {
  await page.goto(`/invite/${randomBytes(32).toString("base64url")}`);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/not valid/);
});
