import { connect } from "@/db";
import { migrate } from "@/lib/prepare-database";
import { seedDemoIfEmpty } from "@/lib/seed";
import { DEMO_PASSWORD, demoClinicians, demoRunners } from "@/lib/seed/demo-caseload";

// Seeds the demo clinic once; running it again changes nothing.
const connection = await connect({
  databaseUrl: process.env.DATABASE_URL || undefined,
  pgliteDir: process.env.PGLITE_DATA_DIR || undefined,
});
await migrate(connection);
const wrote = await seedDemoIfEmpty(connection.db);
await connection.close();
console.log(wrote ? "Seeded the demo clinic." : "The demo clinic is already there: nothing to do.");
console.log(`Demo sign-ins (password "${DEMO_PASSWORD}"): ${demoClinicians[0].email} (clinician), ${demoRunners[0]!.email} (runner).`);
