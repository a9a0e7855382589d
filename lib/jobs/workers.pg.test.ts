import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb, selectRows } from "@/db";
import * as s from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { addDaysIso, today } from "@/lib/dates";
import { createClinic, createUser } from "@/testing/factories";
import { startSmtpSink } from "@/testing/smtp-sink";
import { enqueue, QUEUES } from "./queue";

/*
 * Two `npm run worker` processes on one PostgreSQL database, as a deployment scales out: 100 runners are
 * due a reminder, every reminder is queued twice (two app clocks firing, a retried send), and each runner
 * still receives exactly one email. PostgreSQL only: the embedded database admits one process.
 */
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let db: Db;
const workers: ChildProcess[] = [];

function startWorkerProcess(name: string) {
  // `npm run worker`'s own command line, started directly so that the signal below reaches the worker itself.
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
    env: { ...process.env, SMTP_URL: sink.url, STRIDEBACK_PUBLIC_URL: "https://strideback.test", STRIDEBACK_WORKER_POLL_SECONDS: "0.5", NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let said = "";
  child.stdout!.on("data", (chunk: Buffer) => (said += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (said += chunk.toString()));
  child.on("exit", () => process.env.DEBUG_WORKERS && console.log(name, said));
  workers.push(child);
  return {
    started: new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (said.includes("worker started")) {
          clearInterval(poll);
          resolve();
        } else if (child.exitCode != null) {
          clearInterval(poll);
          reject(new Error(`${name} exited: ${said}`));
        }
      }, 100);
    }),
  };
}

beforeAll(async () => {
  sink = await startSmtpSink();
  db = await getDb();
}, 60_000);

afterAll(async () => {
  for (const child of workers) child.kill("SIGTERM");
  await Promise.all(workers.map((child) => new Promise((resolve) => (child.exitCode != null ? resolve(null) : child.once("exit", resolve)))));
  await sink.close();
});

describe("two worker processes on one queue", () => {
  it("send each of 100 due reminders exactly once", async () => {
    const clinic = await createClinic(db);
    const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
    const passwordHash = await hashPassword(`pw-${randomUUID()}`);
    const started = addDaysIso(today("UTC"), -10);
    const runners = await db
      .insert(s.users)
      .values(Array.from({ length: 100 }, (_, i) => ({ email: `due-${i}-${randomUUID().slice(0, 8)}@test.example`, name: `Due ${i}`, role: "runner" as const, clinicId: clinic.id, passwordHash })))
      .returning({ id: s.users.id, email: s.users.email });
    await db.insert(s.careTeam).values(runners.map((r) => ({ clinicianId: clinician.id, runnerId: r.id })));
    await db.insert(s.runnerProfiles).values(runners.map((r) => ({ runnerId: r.id, presentation: "neural_tension" as const, affectedSide: "left" as const, startDate: started, timeZone: "UTC" })));

    // Every runner is due a nudge (ten days, nothing logged), queued twice over before any worker runs.
    const occasion = addDaysIso(started, -1);
    const at = new Date(`${today("UTC")}T07:05:00Z`).toISOString();
    await db.transaction(async (tx) => {
      for (const round of [1, 2]) for (const r of runners) await enqueue(tx, QUEUES.remind, { userId: r.id, kind: "nudge", occasion, at, round });
    });

    const one = startWorkerProcess("worker 1");
    const two = startWorkerProcess("worker 2");
    await Promise.all([one.started, two.started]);

    const emails = new Set(runners.map((r) => r.email));
    const until = Date.now() + 60_000;
    const ours = () => sink.received.filter((m) => m.to.some((to) => emails.has(to)));
    while (ours().length < 100 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 200));
    // Let the queue empty before counting, so a late double would be counted too.
    for (;;) {
      const [left] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from pgboss.job where name = ${QUEUES.remind} and state in ('created', 'retry', 'active') and data->>'occasion' = ${occasion}`);
      if (left!.n === 0 || Date.now() > until) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const perRunner = new Map<string, number>();
    for (const mail of ours()) for (const to of mail.to) perRunner.set(to, (perRunner.get(to) ?? 0) + 1);
    expect(perRunner.size).toBe(100);
    expect([...perRunner.values()].every((n) => n === 1)).toBe(true);
    const recorded = await db.select().from(s.deliveries).where(inArray(s.deliveries.userId, runners.map((r) => r.id)));
    expect(recorded).toHaveLength(100);
    // Both workers took part: each job was fetched by one of them, and the 200 were shared.
    const [completed] = await selectRows<{ n: number }>(db, sql`
      select count(*)::int as n from (select data from pgboss.job where name = ${QUEUES.remind} and state = 'completed'
                                      union all select data from pgboss.archive where name = ${QUEUES.remind} and state = 'completed') j
      where j.data->>'occasion' = ${occasion} and j.data->>'userId' = any(${sql.param(runners.map((r) => r.id))}::text[])
        -- The test's own 200 (each carries its round); a worker's minute tick may queue the same nudges again, which deliveries keep to once.
        and j.data ? 'round'`);
    expect(completed!.n).toBe(200);
  }, 120_000);
});
