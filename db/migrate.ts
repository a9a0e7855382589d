import { readFileSync } from "node:fs";
import path from "node:path";
import type { Connection } from "./index";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** The migrations this code knows, in order: drizzle-kit's journal. */
export function knownMigrations(): { tag: string; when: number }[] {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { tag: string; when: number }[] };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

export interface MigrationLevel {
  /** Migrations recorded as applied. */
  applied: number;
  /** The newest applied migration's stamp (drizzle's created_at, the journal's `when`); null on an empty database. */
  latest: number | null;
}

/** How far the database's schema has been migrated, read from drizzle's own record of it (on any connection's raw SQL). */
export async function migrationLevel(query: (text: string) => Promise<{ rows: unknown[] }>): Promise<MigrationLevel> {
  const [exists] = (await query(`select to_regclass('drizzle.__drizzle_migrations') is not null as present`)).rows as { present: boolean }[];
  if (!exists?.present) return { applied: 0, latest: null };
  const [row] = (await query(`select count(*)::int as applied, max(created_at)::text as latest from drizzle.__drizzle_migrations`)).rows as { applied: number; latest: string | null }[];
  return { applied: row?.applied ?? 0, latest: row?.latest ? Number(row.latest) : null };
}

/** A database migrated by newer code than this: running this code on it could lose what the newer one stores. */
export class DatabaseAheadError extends Error {
  constructor(level: MigrationLevel, known: number) {
    super(
      `The database is at migration level ${level.applied}, ahead of this code, which knows ${known} migrations: a newer StrideBack has upgraded it. ` +
        "Nothing was changed. Run the newer version, or restore a backup taken before the upgrade (docs/operations.md).",
    );
    this.name = "DatabaseAheadError";
  }
}

/** Refuses, before anything is written, a database whose migration level is ahead of this code (a downgrade). */
export async function refuseDowngrade(connection: Connection): Promise<void> {
  const known = knownMigrations();
  const level = await migrationLevel((text) => connection.executeSql(text));
  assertKnownLevel(level, known);
}

/** Throws DatabaseAheadError when `level` (a database's, or a backup's) is past this code's newest migration. */
export function assertKnownLevel(level: MigrationLevel, known = knownMigrations()): void {
  const newestKnown = known.at(-1)?.when ?? 0;
  if (level.latest !== null && level.latest > newestKnown) throw new DatabaseAheadError(level, known.length);
}

/**
 * Applies the committed migrations (db/migrations) on either engine, after refusing a downgrade. Drizzle's
 * migrator runs every pending migration in one transaction: an upgrade that fails half-way leaves the
 * schema as it was. The job queue's tables are lib/jobs' own step.
 */
export async function migrateSchema(connection: Connection): Promise<void> {
  await refuseDowngrade(connection);
  if (connection.engine === "postgres") {
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator wants the concrete driver type
    await migrate(connection.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the migrator wants the concrete driver type
    await migrate(connection.db as any, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}
