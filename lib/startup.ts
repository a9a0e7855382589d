/*
 * What a server does before it says it is ready (instrumentation.ts calls it once per server process):
 * refuse an unsafe production start, and open the embedded database, migrated and, for the demo, seeded,
 * so that no first request waits on it, and work the job queue where no separate worker can. Under `npm run demo` it then warms the pages a first visit needs
 * (next dev compiles each on its first request) and says so in one line: from that line, signing in is
 * quick. Node.js only.
 */
export async function prepareServer() {
  const { announce: say, openDatabase } = await import("@/lib/prepare-database");
  if (process.env.NODE_ENV === "production") {
    const { refuseUnsafeStart } = await import("@/lib/startup-checks");
    await refuseUnsafeStart();
  }
  await refuseNewerDatabase();
  if (!process.env.DATABASE_URL) {
    const started = performance.now();
    await openDatabase();
    say(`embedded database ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    // The embedded database admits one process, so this server also works the job queue (invites,
    // reminders); on PostgreSQL that is `npm run worker`'s job, or this server's if asked.
  }
  if (!process.env.DATABASE_URL || process.env.STRIDEBACK_INLINE_WORKER === "1") {
    const { startWorker } = await import("@/lib/jobs/worker");
    await startWorker();
    say(`working the job queue in this process (mail ${process.env.SMTP_URL ? "by SMTP" : "to .data/outbox, listed at /dev/outbox"})`);
  }
  await offerSetup(say);
  if (process.env.NODE_ENV === "development" && process.env.STRIDEBACK_DEMO === "1") {
    const { warmUpDemo } = await import("@/lib/dev-warm-up");
    // After register() returns the server starts listening; the warm-up waits for it in the background.
    void warmUpDemo(Number(process.env.PORT ?? 3000)).then(
      (url) => say(`ready at ${url} (demo sign-ins are in the README)`),
      (error: Error) => say(`the warm-up did not finish (${error.message}); the app still works, its first pages may be slow`),
    );
  }
}

/**
 * Code older than the database's schema (a rolled-back deploy, an old image) exits before it reads or
 * writes anything: its queries would not know the newer columns, and its migrations must not run.
 */
async function refuseNewerDatabase() {
  const [{ getConnection }, { refuseDowngrade, DatabaseAheadError }] = await Promise.all([import("@/db"), import("@/db/migrate")]);
  try {
    await refuseDowngrade(await getConnection());
  } catch (error) {
    if (!(error instanceof DatabaseAheadError)) throw error;
    const { log } = await import("@/lib/log");
    log.fatal({ event: "database_ahead" }, error.message);
    process.exit(1);
  }
}

/**
 * On a database with no clinic yet, a one-time set-up link (valid an hour), printed once on the terminal
 * and never to the request log. Each start prints a new one until a clinic exists.
 */
async function offerSetup(say: (line: string) => void) {
  try {
    const { issueSetupToken } = await import("@/lib/data/clinic");
    const token = await issueSetupToken();
    if (!token) return;
    const { publicUrl } = await import("@/lib/public-url");
    say(`no clinic yet. Set one up at ${publicUrl()}/setup/${token} (works once, for one hour; restart the server for a new link)`);
  } catch (error) {
    const { log } = await import("@/lib/log");
    log.warn({ err: error }, "could not check whether a clinic exists: has `npm run db:migrate` run?");
  }
}
