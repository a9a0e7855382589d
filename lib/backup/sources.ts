import pg from "pg";
import { type Connection, connect } from "@/db";
import { FIXED_TEXT_SETTINGS, type Query } from "./figures";

/*
 * The database a backup reads or a restore writes, by engine: a PostgreSQL server named by its URL, or an
 * embedded PGlite folder. Both give raw SQL on one session, which the figures need (their settings and
 * snapshot are the session's).
 */
export type Target = { engine: "postgres"; databaseUrl: string } | { engine: "pglite"; pgliteDir: string };

/** Runs `work` on one PostgreSQL session, then closes it. */
export async function onPostgresSession<T>(databaseUrl: string, work: (query: Query) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work((text) => client.query(text));
  } finally {
    await client.end();
  }
}

/** `work` inside one read-only transaction that sees one snapshot, with rows read as text the same way on any server. */
export async function inSnapshot<T>(query: Query, work: () => Promise<T>): Promise<T> {
  await query(`begin isolation level repeatable read read only; ${FIXED_TEXT_SETTINGS}`);
  try {
    return await work();
  } finally {
    await query("commit");
  }
}

/** The embedded database's folder, opened by this process alone (its lock refuses while a server has it open). */
export function openPglite(pgliteDir: string, from?: Blob): Promise<Connection> {
  return connect({ pgliteDir, pgliteFrom: from });
}

/** A connection string without its password, for a tool's command line, and the password for its environment. */
export function splitPassword(databaseUrl: string): { url: string; env: Record<string, string> } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { url: url.toString(), env: password ? { PGPASSWORD: password } : {} };
}
