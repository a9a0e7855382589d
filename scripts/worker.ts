import { getConnection } from "@/db";
import { startWorker } from "@/lib/jobs/worker";
import { log } from "@/lib/log";
import { announce, openDatabase } from "@/lib/prepare-database";

/*
 * `npm run worker`: the job worker as its own process, for a deployment on PostgreSQL (DATABASE_URL). Run
 * one or several beside the app instances; they share the queue in the database. With the embedded
 * database there is nothing to run: the app works the queue itself (lib/startup.ts).
 */
if (!process.env.DATABASE_URL) {
  announce("the worker needs DATABASE_URL; with the embedded database `npm run dev` works the queue itself.");
  process.exit(1);
}
if (process.env.NODE_ENV === "production" && !process.env.SMTP_URL && process.env.STRIDEBACK_DEMO !== "1") {
  log.fatal({ event: "unsafe_start" }, "SMTP_URL is not set: invites and reminders would not be sent.");
  process.exit(1);
}
await openDatabase();
const boss = await startWorker({ pollingIntervalSeconds: Number(process.env.STRIDEBACK_WORKER_POLL_SECONDS) || undefined });
announce(`worker started (mail ${process.env.SMTP_URL ? "by SMTP" : "to .data/outbox"})`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    // Jobs in hand finish (up to 20 s); unfinished ones go back to the queue for another worker.
    void boss.stop({ graceful: true, timeout: 20_000, close: true }).then(async () => {
      await (await getConnection()).close();
      process.exit(0);
    });
  });
}
