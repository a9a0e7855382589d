import { eq } from "drizzle-orm";
import { messages } from "@/db/schema";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";

/*
 * The conversation between a runner and their physio, as both use it: unread counts appear in the header
 * and on the roster, clear once the thread is read, and the thread does not exist for another clinic.
 */
test("runner and clinician exchange messages; unread counts appear and clear", async ({ browser, db }) => {
  test.setTimeout(90_000);
  const { clinician, runner } = await createRunnerWithPlan(db);
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const desk = await browser.newContext();
  const r = await phone.newPage();
  const c = await desk.newPage();
  await signIn(r, runner);
  await signIn(c, clinician);

  await r.getByRole("link", { name: "Messages", exact: true }).click();
  await r.getByLabel("Message to your physio").fill("Is a 5 k easy run fine on Saturday?");
  await r.getByRole("button", { name: "Send" }).click();
  await expect(r.getByRole("list", { name: "Messages" }).getByRole("listitem")).toHaveText([/You · .*Is a 5 k easy run fine on Saturday\?/], { timeout: 15_000 });
  await expect(r.getByLabel("Message to your physio")).toHaveValue("");

  // The clinician sees it waiting: in the header, and on the runner's row of the roster.
  await c.goto("/clinic");
  await expect(c.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages (1 unread)" })).toBeVisible();
  const row = c.locator(`tr[data-runner-id="${runner.id}"]`);
  await row.getByRole("link", { name: "1 unread message" }).click();
  await expect(c.getByRole("heading", { name: `Messages with ${runner.name}` })).toBeVisible();
  await expect(c.getByRole("list", { name: "Messages" })).toContainText("Is a 5 k easy run fine on Saturday?");
  // Read: the header's count clears.
  await expect(c.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages", exact: true })).toBeVisible();
  await c.getByLabel(`Message to ${runner.name}`).fill("Yes, if this morning's check-in stays at 2 or below.");
  await c.getByRole("button", { name: "Send" }).click();
  await expect(c.getByRole("list", { name: "Messages" }).getByRole("listitem")).toHaveCount(2);
  await c.goto("/clinic");
  await expect(c.locator(`tr[data-runner-id="${runner.id}"]`).getByRole("link", { name: /unread/ })).toHaveCount(0);
  // The inbox lists the conversation, read and answered, with its last message.
  await c.goto("/clinic/messages");
  await expect(c.getByRole("list", { name: "Conversations" }).getByRole("listitem")).toHaveText([new RegExp(`${runner.name}.*You: Yes, if this morning's check-in stays at 2 or below\\.`)]);

  // The runner's header counts the reply until they open the thread.
  await r.goto("/today");
  await r.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages (1 unread)" }).click();
  await expect(r.getByRole("list", { name: "Messages" }).getByRole("listitem").last()).toContainText(`${clinician.name} (physio)`);
  await expect(r.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Messages", exact: true })).toBeVisible();

  const stored = await db.select({ body: messages.body, authorId: messages.authorId }).from(messages).where(eq(messages.runnerId, runner.id));
  expect(stored).toEqual([
    { body: "Is a 5 k easy run fine on Saturday?", authorId: runner.id },
    { body: "Yes, if this morning's check-in stays at 2 or below.", authorId: clinician.id },
  ]);
  await Promise.all([phone.close(), desk.close()]);
});

test("another clinic's clinician finds no thread, and cannot write into it", async ({ browser, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  const { clinician: stranger } = await createRunnerWithPlan(db);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, stranger);
  const response = await page.goto(`/clinic/runners/${runner.id}/messages`);
  expect(response?.status()).toBe(404);
  await expect(page.getByLabel(/^Message to/)).toHaveCount(0);
  // Writing with a form of the stranger's own, pointed at this runner, is the action matrix's business
  // (action-matrix.spec.ts posts the runner's own form as every other visitor); nothing was stored here.
  expect(await db.select().from(messages).where(eq(messages.runnerId, runner.id))).toHaveLength(0);
  await context.close();
});

test("an empty message is refused beside the field and stores nothing", async ({ page, db }) => {
  const { runner } = await createRunnerWithPlan(db);
  await signIn(page, runner);
  await page.goto("/messages");
  await page.getByLabel("Message to your physio").fill("   ");
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByLabel("Message to your physio")).toHaveAccessibleDescription("Write a message first.");
  expect(await db.select().from(messages).where(eq(messages.runnerId, runner.id))).toHaveLength(0);
});
