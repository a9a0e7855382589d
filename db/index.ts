import path from "node:path";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { markDatabaseDown, markDatabaseUp } from "./health";
import { acquireDataDirLock } from "./lock";

/*
 * One database module, two engines:
 * - DATABASE_URL set: a `pg` pool against a real PostgreSQL server.
 * - otherwise: an embedded PGlite database in `.data/pglite` (or PGLITE_DATA_DIR; "memory://" for tests),
 *   migrated, and seeded with demo data the first time it is opened when STRIDEBACK_DEMO=1.
 * Either way one instance per process, kept on globalThis so hot reload does not open a second one.
 */

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Anything a query can run on: the database or an open transaction. */
export type Queryable = Db | Tx;

export type Engine = "postgres" | "pglite";

/** Runs raw SQL (for lateral joins and aggregates the query builder does not express) on either engine. */
export async function selectRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  // node-postgres and PGlite both answer with { rows }; the shared base type only says "unknown".
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Raw SQL text with $n parameters, for a library that brings its own SQL (the job queue). */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

interface Connection {
  db: Db;
  engine: Engine;
  executeSql: ExecuteSql;
  close: () => Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");
export const DEFAULT_PGLITE_DIR = path.join(process.cwd(), ".data", "pglite");

export async function connect(options: {
  databaseUrl?: string;
  pgliteDir?: string;
}): Promise<Connection> {
  if (options.databaseUrl) {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    // JIT off for the application's connections: every query on the request path is short and indexed, and
    // PostgreSQL's JIT, triggered by cost estimates alone, spent a second compiling queries that run in tens
    // of milliseconds. Reports and one-off analysis on their own connections keep the server's setting.
    const pool = new Pool({ connectionString: options.databaseUrl, max: 10, connectionTimeoutMillis: 5_000, options: "-c jit=off" });
    // An idle connection dropped by the server (a restart, a failover) is an event, not a crash: the pool
    // discards it and the next query opens a fresh one.
    pool.on("error", (error) => {
      markDatabaseDown();
      void import("@/lib/log").then(({ log }) => log.warn({ err: error }, "database connection lost; the pool will reconnect"));
    });
    pool.on("connect", markDatabaseUp);
    return {
      db: drizzle({ client: pool, schema }) as unknown as Db,
      engine: "postgres",
      // Without parameters node-postgres uses the simple protocol, which takes several statements at once.
      executeSql: (text, values) => pool.query(text, values?.length ? values : undefined),
      close: () => pool.end(),
    };
  }
  const dir = options.pgliteDir ?? DEFAULT_PGLITE_DIR;
  const releaseLock = dir.startsWith("memory://") ? () => {} : acquireDataDirLock(dir);
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = await PGlite.create(dir);
  return {
    db: drizzle({ client, schema }) as unknown as Db,
    engine: "pglite",
    // PGlite's query() is one statement with parameters; exec() runs a script of several without them.
    executeSql: async (text, values) => {
      if (values?.length) return client.query(text, values);
      const results = await client.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

export async function migrateDatabase(connection: Connection): Promise<void> {
  if (connection.engine === "postgres") {
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator wants the concrete driver type
    await migrate(connection.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator wants the concrete driver type
    await migrate(connection.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  }
  // The job queue's tables come with the rest of the schema, so the app can queue from its first write.
  const { installQueue } = await import("@/lib/jobs/queues");
  await installQueue(connection.executeSql);
}

/** A start-up line for the person at the terminal (not a log record): what the server is doing before it is ready. */
export function announce(line: string) {
  process.stdout.write(`StrideBack: ${line}\n`);
}

async function openFromEnvironment(): Promise<Connection> {
  const connection = await connect({
    databaseUrl: process.env.DATABASE_URL || undefined,
    pgliteDir: process.env.PGLITE_DATA_DIR || undefined,
  });
  if (connection.engine === "pglite") {
    // The embedded database is the zero-setup path: it must come up ready to use, and say what it is doing
    // (the first start seeds for a while). In-memory test databases stay quiet.
    const say = process.env.PGLITE_DATA_DIR?.startsWith("memory://") ? () => {} : announce;
    say(`migrating the embedded database (${process.env.PGLITE_DATA_DIR || path.relative(process.cwd(), DEFAULT_PGLITE_DIR)})`);
    await migrateDatabase(connection);
    // Demo accounts share a published password: only when the demo is asked for (`npm run demo`).
    if (process.env.STRIDEBACK_DEMO === "1") {
      const { seedDemoIfEmpty } = await import("./seed");
      say("seeding the demo clinic if it is not there yet (the first start takes a little while)");
      await seedDemoIfEmpty(connection.db);
    }
  }
  return connection;
}

const globalForDb = globalThis as unknown as { strideBackDb?: Promise<Connection> };

export function getConnection(): Promise<Connection> {
  globalForDb.strideBackDb ??= openFromEnvironment().catch((error: unknown) => {
    globalForDb.strideBackDb = undefined;
    throw error;
  });
  return globalForDb.strideBackDb;
}

export async function getDb(): Promise<Db> {
  return (await getConnection()).db;
}

