import { connect } from "@/db";
import { migrate } from "@/lib/prepare-database";

// Applies the committed migrations to DATABASE_URL, or to the embedded database when it is not set.
const connection = await connect({
  databaseUrl: process.env.DATABASE_URL || undefined,
  pgliteDir: process.env.PGLITE_DATA_DIR || undefined,
});
await migrate(connection);
await connection.close();
console.log(`Migrated the ${connection.engine === "postgres" ? "PostgreSQL" : "embedded PGlite"} database.`);
