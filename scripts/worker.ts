import { getConnection } from "@/db";
import { codeRevision } from "@/lib/code-revision";
import { startWorker } from "@/lib/jobs/worker";
import { log } from "@/lib/log";
import { announce, openDatabase } from "@/lib/prepare-database";

/*
 * `npm run worker`: the job worker as its own process, for a deployment on PostgreSQL (DATABASE_URL). Run
 * one or several beside the app instances; they share the queue in the database. With the embedded
 * database there is nothing to run: the app works the queue itself (lib/startup.ts).
 */
// `npm run worker -- --revision`: which release this worker would run as, the same as its server's (/api/health).
if (process.argv.includes("--revision")) {
  console.log(codeRevision());
  process.exit(0);
}
if (!process.env.DATABASE_URL) {
  announce("the worker needs DATABASE_URL; with the embedded database `npm run dev` works the queue itself.");
  process.exit(1);
}
if (process.env.NODE_ENV === "production" && !process.env.SMTP_URL && process.env.STRIDEBACK_DEMO !== "1") {
  log.fatal({ event: "unsafe_start" }, "SMTP_URL is not set: invites and reminders would not be sent.");
  process.exit(1);
}
// Code older than the database's schema works no job on it (docs/data-lifecycle.md, "Upgrading").
const { refuseDowngrade, DatabaseAheadError } = await import("@/db/migrate");
await refuseDowngrade(await openDatabase()).catch((error: unknown) => {
  if (!(error instanceof DatabaseAheadError)) throw error;
  log.fatal({ event: "database_ahead" }, error.message);
  process.exit(1);
});
const boss = await startWorker({ pollingIntervalSeconds: Number(process.env.STRIDEBACK_WORKER_POLL_SECONDS) || undefined });
announce(`worker started (revision ${codeRevision()}, mail ${process.env.SMTP_URL ? "by SMTP" : "to .data/outbox"})`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    // Jobs in hand finish (up to 20 s); unfinished ones go back to the queue for another worker.
    void boss.stop({ graceful: true, timeout: 20_000, close: true }).then(async () => {
      await (await getConnection()).close();
      process.exit(0);
    });
  });
}
