/*
 * What a backup promises to bring back: per table, its row count and a checksum of its rows. The same
 * figures are taken from the database being backed up (in the snapshot the dump is taken from) and from the
 * database a restore made; identical figures mean identical rows.
 *
 * The checksum is the sum of each row's MD5 (its first 60 bits as a number): it needs no sort and no memory
 * that grows with the table, and the order the rows come back in does not change it. Rows are read as text
 * under fixed settings (UTC, ISO dates, exact floats) so that two servers print the same row the same way.
 */
export type Query = (text: string) => Promise<{ rows: unknown[] }>;

export interface TableFigures {
  rows: number;
  checksum: string;
}
export type Figures = Record<string, TableFigures>;

/** The settings that fix how a row reads as text; `set local` keeps them to the caller's transaction. */
export const FIXED_TEXT_SETTINGS = [
  "set local timezone = 'UTC'",
  "set local datestyle = 'ISO, YMD'",
  "set local intervalstyle = 'postgres'",
  "set local extra_float_digits = 1",
  "set local bytea_output = 'hex'",
].join("; ");

/** StrideBack's own tables and drizzle's record of the migrations; the job queue's (pgboss) moves on its own and is left out. */
const TABLES = `select schemaname || '.' || tablename as name from pg_tables where schemaname in ('public', 'drizzle') order by 1`;

const quoted = (name: string) =>
  name
    .split(".")
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join(".");

/** Figures for every table, read inside the caller's open transaction (after FIXED_TEXT_SETTINGS). */
export async function tableFigures(query: Query): Promise<Figures> {
  const tables = (await query(TABLES)).rows as { name: string }[];
  const figures: Figures = {};
  for (const { name } of tables) {
    const [row] = (await query(
      `select count(*)::text as rows, coalesce(sum(('x' || substr(md5(t::text), 1, 15))::bit(60)::bigint), 0)::text as checksum from ${quoted(name)} t`,
    )).rows as { rows: string; checksum: string }[];
    figures[name] = { rows: Number(row!.rows), checksum: row!.checksum };
  }
  return figures;
}

/** The tables whose figures differ, with both sides, for the message of a restore that did not bring everything back. */
export function differences(expected: Figures, actual: Figures): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return names.flatMap((name) => {
    const want = expected[name];
    const got = actual[name];
    if (!want) return [`${name}: not in the backup`];
    if (!got) return [`${name}: missing after the restore`];
    if (want.rows !== got.rows) return [`${name}: ${want.rows} rows in the backup, ${got.rows} restored`];
    if (want.checksum !== got.checksum) return [`${name}: same row count, different contents`];
    return [];
  });
}
