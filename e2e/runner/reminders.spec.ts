import { sql } from "drizzle-orm";
import { selectRows } from "@/db";
import { addDaysIso, today } from "@/lib/dates";
import { QUEUES } from "@/lib/jobs/queues";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";
import { mailTo } from "../support/mail";
import { workerClock } from "../support/worker-clock";

/*
 * A runner in Auckland asks for exercise reminders at 07:00 on their phone; the worker (a real process,
 * as production runs it) is given the clock minute by minute, as its cron would give it, and the reminder
 * reaches the local SMTP server at 07:00 Auckland time and not at 06:59. The phone's run of the test keeps
 * its runner in Chatham (+13:45): the worker sends every reminder due at a tick's minute, so two runners on
 * one clock would each receive the other run's 07:00.
 */
test("an exercise reminder set for 07:00 on the runner's clock is emailed at 07:00 there, not at 06:59", async ({ page, db }) => {
  test.setTimeout(60_000);
  const zone = test.info().project.name === "phone" ? "Pacific/Chatham" : "Pacific/Auckland";
  const { runner } = await createRunnerWithPlan(db);
  await signIn(page, runner);
  await page.goto("/settings");
  await page.getByLabel("Time zone").fill(zone);
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status").filter({ hasText: zone })).toBeVisible();
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) await page.getByRole("checkbox", { name: day }).check();
  await page.getByLabel("Exercise reminder time").fill("07:00");
  await page.getByRole("checkbox", { name: "A nudge after 3 days without a log" }).uncheck();
  await page.getByRole("button", { name: "Save reminders" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: your reminders are set." })).toBeVisible();

  // The clock: ticks queued as the worker's cron queues them, each with its minute.
  const clock = await workerClock(db);
  const day = addDaysIso(today(zone), 1);
  const jobsFor = async () => (await selectRows<{ n: number }>(db, sql`select count(*)::int as n from pgboss.job where name in (${QUEUES.tick}, ${QUEUES.remind}) and state in ('created', 'retry', 'active') and (data->>'userId' = ${runner.id} or name = ${QUEUES.tick})`))[0]!.n;

  await clock.tick(day, "06:59", zone);
  await expect.poll(jobsFor, { timeout: 20_000 }).toBe(0);
  const [before] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from deliveries where user_id = ${runner.id} and kind = 'exercise'`);
  expect(before!.n).toBe(0);

  await clock.tick(day, "07:00", zone);
  const [mail] = await mailTo(runner.email);
  expect(mail!.subject).toBe("Your exercises for today");
  expect(mail!.text).toContain("/today");
  // The mail leaves inside the transaction that claims the delivery, so the row commits a moment after it.
  const occasion = async () =>
    (await selectRows<{ occasion: string }>(db, sql`select occasion from deliveries where user_id = ${runner.id} and kind = 'exercise'`))[0]?.occasion;
  // The reminder is for the runner's Auckland day, which is the day before in UTC at that instant.
  await expect.poll(occasion, { timeout: 10_000 }).toBe(day);
  await clock.close();
});
