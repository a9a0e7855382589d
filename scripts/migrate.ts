import { connect } from "@/db";
import { DatabaseAheadError } from "@/db/migrate";
import { migrate } from "@/lib/prepare-database";

// Applies the committed migrations to DATABASE_URL, or to the embedded database when it is not set.
const connection = await connect({
  databaseUrl: process.env.DATABASE_URL || undefined,
  pgliteDir: process.env.PGLITE_DATA_DIR || undefined,
});
try {
  await migrate(connection);
  console.log(`Migrated the ${connection.engine === "postgres" ? "PostgreSQL" : "embedded PGlite"} database.`);
} catch (error) {
  if (!(error instanceof DatabaseAheadError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await connection.close();
}
