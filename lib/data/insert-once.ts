import "server-only";
import { and, eq } from "drizzle-orm";
import type { AnyPgColumn, PgTable, SelectedFields } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db";

/*
 * Every entry a person creates carries a client id made by their form (or their phone's outbox), unique
 * per author in the database. Sending it twice (a retry after a lost reply, a double tap, two tabs) must
 * store it once: insert with ON CONFLICT DO NOTHING, and when nothing was inserted, read back the row
 * stored under that client id. This is the one place that pattern is written.
 */
/** What a create reports: the entry, and whether this send repeated one already stored. */
export interface Saved {
  id: string;
  /** True when this submit repeated one already stored. */
  duplicate: boolean;
}

export interface ClientKey<Row> {
  table: PgTable;
  /** The columns to read back: the same shape the insert returns. */
  columns: { [K in keyof Row]: AnyPgColumn };
  /** The author column (runner_id, author_id) and its value, and the client id column and its value. */
  owner: [AnyPgColumn, string];
  clientId: [AnyPgColumn, string];
}

/**
 * `insert` runs the insert (with its conflict clause and RETURNING the key's columns) and gives the row it
 * stored, if any. Then: a new row; or the row stored earlier under the same client id (a duplicate); or
 * null when the insert was skipped for another reason (another unique key: the caller decides).
 */
export async function insertOnce<Row>(tx: Queryable, key: ClientKey<Row>, insert: () => Promise<Row | undefined | null>): Promise<{ row: Row; duplicate: boolean } | null> {
  const row = await insert();
  if (row) return { row, duplicate: false };
  const earlier = await storedUnder(tx, key);
  return earlier ? { row: earlier, duplicate: true } : null;
}

/** The row already stored under this author's client id, if any. */
export async function storedUnder<Row>(tx: Queryable, key: ClientKey<Row>): Promise<Row | undefined> {
  const [earlier] = await tx
    .select(key.columns as SelectedFields)
    .from(key.table)
    .where(and(eq(key.owner[0], key.owner[1]), eq(key.clientId[0], key.clientId[1])));
  return earlier as Row | undefined;
}
