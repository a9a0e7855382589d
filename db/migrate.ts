import path from "node:path";
import type { Connection } from "./index";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Applies the committed migrations (db/migrations) on either engine. The job queue's tables are lib/jobs' own step. */
export async function migrateSchema(connection: Connection): Promise<void> {
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
