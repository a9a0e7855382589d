import "server-only";
import { sql } from "drizzle-orm";
import { type Queryable, selectRows } from "@/db";

/*
 * Every record StrideBack holds about one runner, found by the database's own foreign keys: the runner's
 * user row, every row that points at it (their profile, logs, messages, flags, measures, the audit rows
 * about them...), and every row that points at those (a session's exercise results, a plan's versions).
 * Walking the keys rather than listing tables means a table added later is in the runner's copy without
 * anyone remembering to add it; what is shared by a clinic (its exercise library) never points at a runner
 * and so never comes along. Secrets (password and token hashes, push keys) and internal storage keys are
 * left out by column name.
 *
 * From the runner's own row only the keys that say whose a row is (`runner_id`, `user_id`) are followed:
 * a row the runner wrote as its author (a message, an audit entry, a red flag they reported) is about them
 * and carries their `runner_id` too, so the actor columns add nothing but unindexed OR conditions.
 */
const SECRET_COLUMNS = new Set(["password_hash", "totp_secret", "totp_last_step", "token_hash", "code_hash", "p256dh", "auth", "endpoint", "storage_key"]);
const WHOSE = new Set(["runner_id", "user_id"]);
/** How far from the runner's row the walk goes: runner, their rows, those rows' details, one more for safety. */
const DEPTH = 4;

interface Key {
  child: string;
  column: string;
  parent: string;
  parentColumn: string;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Single-column foreign keys between StrideBack's tables. */
async function foreignKeys(db: Queryable): Promise<Key[]> {
  return selectRows<Key>(db, sql`
    select ch.relname as child, a.attname as "column", pa.relname as parent, pa_col.attname as "parentColumn"
    from pg_constraint c
    join pg_class ch on ch.oid = c.conrelid
    join pg_class pa on pa.oid = c.confrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    join pg_attribute pa_col on pa_col.attrelid = c.confrelid and pa_col.attnum = c.confkey[1]
    where c.contype = 'f' and cardinality(c.conkey) = 1 and c.connamespace = 'public'::regnamespace
    order by 1, 2`);
}

/** For each table holding rows about the runner, the SQL condition that picks them out. */
async function conditions(db: Queryable, runnerId: string): Promise<Map<string, string>> {
  const keys = await foreignKeys(db);
  // The runner's id is a checked uuid (the caller's row), quoted as a literal for the nested conditions.
  if (!/^[0-9a-f-]{36}$/.test(runnerId)) throw new Error("not a runner id");
  const found = new Map<string, string>([["users", `${ident("id")} = '${runnerId}'`]]);
  let level = new Set(["users"]);
  for (let depth = 0; depth < DEPTH && level.size > 0; depth++) {
    const next = new Map<string, string[]>();
    for (const key of keys) {
      if (!level.has(key.parent) || (found.has(key.child) && !next.has(key.child))) continue;
      if (key.parent === "users" && !WHOSE.has(key.column)) continue;
      const within = `${ident(key.column)} in (select ${ident(key.parentColumn)} from ${ident(key.parent)} where ${found.get(key.parent)})`;
      next.set(key.child, [...(next.get(key.child) ?? []), within]);
    }
    for (const [table, ors] of next) found.set(table, ors.map((c) => `(${c})`).join(" or "));
    level = new Set(next.keys());
  }
  return found;
}

/** Every record about the runner, by table, secrets left out; tables with no row about them are left out too. */
export async function recordsAbout(db: Queryable, runnerId: string): Promise<Record<string, Record<string, unknown>[]>> {
  const records: Record<string, Record<string, unknown>[]> = {};
  for (const [table, where] of [...(await conditions(db, runnerId))].sort(([a], [b]) => a.localeCompare(b))) {
    const rows = await selectRows<Record<string, unknown>>(db, sql.raw(`select * from ${ident(table)} where ${where}`));
    if (rows.length === 0) continue;
    records[table] = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([column]) => !SECRET_COLUMNS.has(column))));
  }
  return records;
}

/** Each table's columns and their types, for the README of the fields. */
export async function columnsOf(db: Queryable, tables: string[]): Promise<Record<string, { name: string; type: string }[]>> {
  const rows = await selectRows<{ table: string; name: string; type: string }>(db, sql`
    select table_name as "table", column_name as name, data_type as type from information_schema.columns
    where table_schema = 'public' and table_name in ${tables} order by table_name, ordinal_position`);
  const out: Record<string, { name: string; type: string }[]> = {};
  for (const row of rows) if (!SECRET_COLUMNS.has(row.name)) (out[row.table] ??= []).push({ name: row.name, type: row.type });
  return out;
}
