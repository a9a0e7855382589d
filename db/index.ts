import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { connectionLost, markDatabaseUp } from "./health";
import { acquireDataDirLock } from "./lock";

/*
 * One database module, two engines:
 * - DATABASE_URL set: a `pg` pool against a real PostgreSQL server.
 * - otherwise: an embedded PGlite database in `.data/pglite` (or PGLITE_DATA_DIR; "memory://" for tests).
 * Either way one instance per process, kept on globalThis so hot reload does not open a second one.
 * This module only connects: migrating, installing the job queue and seeding the demo are steps that the
 * server's start-up and the scripts take (lib/prepare-database.ts), so the database layer imports nothing above it.
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

export interface Connection {
  db: Db;
  engine: Engine;
  executeSql: ExecuteSql;
  close: () => Promise<void>;
  /** The embedded database's files as one tarball (PGlite only), to start another database from; gzipped for a backup to keep. */
  dump?: (compression?: "none" | "gzip") => Promise<Blob>;
}

export const DEFAULT_PGLITE_DIR = path.join(process.cwd(), ".data", "pglite");

export async function connect(options: {
  databaseUrl?: string;
  pgliteDir?: string;
  /** A PGlite dump (Connection.dump) to start an in-memory database from, instead of an empty one. */
  pgliteFrom?: Blob;
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
    pool.on("error", connectionLost);
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
  const client = await PGlite.create(dir, options.pgliteFrom ? { loadDataDir: options.pgliteFrom } : {});
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
    dump: (compression = "none") => client.dumpDataDir(compression),
  };
}

/**
 * Opens the database DATABASE_URL names, or the embedded one; nothing more (lib/prepare-database.ts readies it).
 * PGLITE_FROM_DUMP names a dump file to start the embedded database from: the test runner migrates one
 * database, dumps it, and starts each test file's in-memory database from that copy.
 */
async function openFromEnvironment(): Promise<Connection> {
  const dumpFile = process.env.PGLITE_FROM_DUMP;
  const pgliteFrom = dumpFile ? new Blob([new Uint8Array(await readFile(dumpFile))]) : undefined;
  return connect({
    databaseUrl: process.env.DATABASE_URL || undefined,
    pgliteDir: process.env.PGLITE_DATA_DIR || undefined,
    pgliteFrom,
  });
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

