import { connect, migrateDatabase } from "@/db";

// Vitest global setup for the PostgreSQL project: the committed migrations, applied once per run.
export default async function setup() {
  const connection = await connect({ databaseUrl: process.env.TEST_DATABASE_URL });
  await migrateDatabase(connection);
  await connection.close();
}
