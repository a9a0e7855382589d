import path from "node:path";
import { type Connection, DEFAULT_PGLITE_DIR, getConnection } from "@/db";
import { onConnectionLost } from "@/db/health";
import { migrateSchema } from "@/db/migrate";

/*
 * The steps that make a connected database ready to use, taken by the server's start-up and by the scripts
 * (db/ only connects): the schema's migrations, the job queue's tables, and for the demo the demo clinic.
 */

/** A start-up line for the person at the terminal (not a log record): what the process is doing before it is ready. */
export function announce(line: string) {
  process.stdout.write(`StrideBack: ${line}\n`);
}

/** The committed migrations, then the job queue's tables, so the app can queue from its first write. */
export async function migrate(connection: Connection): Promise<void> {
  await migrateSchema(connection);
  const { installQueue } = await import("@/lib/jobs/queues");
  await installQueue(connection.executeSql);
}

async function prepare(): Promise<Connection> {
  const connection = await getConnection();
  onConnectionLost((error) => {
    void import("@/lib/log").then(({ log }) => log.warn({ err: error }, "database connection lost; the pool will reconnect"));
  });
  if (connection.engine === "pglite") {
    // The embedded database is the zero-setup path: it must come up ready to use, and say what it is doing
    // (the first start seeds for a while). In-memory test databases stay quiet. PostgreSQL is migrated by
    // `npm run db:migrate`, before any instance starts.
    const say = process.env.PGLITE_DATA_DIR?.startsWith("memory://") ? () => {} : announce;
    say(`migrating the embedded database (${process.env.PGLITE_DATA_DIR || path.relative(process.cwd(), DEFAULT_PGLITE_DIR)})`);
    await migrate(connection);
    // Demo accounts share a published password: only when the demo is asked for (`npm run demo`).
    if (process.env.STRIDEBACK_DEMO === "1") {
      const { seedDemoIfEmpty } = await import("@/lib/seed");
      say("seeding the demo clinic if it is not there yet (the first start takes a little while)");
      await seedDemoIfEmpty(connection.db);
    }
  }
  return connection;
}

const globalForPrepare = globalThis as unknown as { strideBackPrepared?: Promise<Connection> };

/** This process's database, ready to use: prepared once per process, however many callers ask. */
export function openDatabase(): Promise<Connection> {
  globalForPrepare.strideBackPrepared ??= prepare().catch((error: unknown) => {
    globalForPrepare.strideBackPrepared = undefined;
    throw error;
  });
  return globalForPrepare.strideBackPrepared;
}
