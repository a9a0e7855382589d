import { connect } from "@/db";
import { migrate } from "@/lib/prepare-database";

// Vitest global setup for the PostgreSQL project: the committed migrations, applied once per run.
export default async function setup() {
  const connection = await connect({ databaseUrl: process.env.TEST_DATABASE_URL });
  await migrate(connection);
  await connection.close();
}
