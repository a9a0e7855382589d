import { connect } from "@/db";
import { seedExerciseLibrary } from "@/lib/seed";

// The benchmark's databases hold the exercise library but no demo accounts.
const connection = await connect({ databaseUrl: process.env.DATABASE_URL });
await seedExerciseLibrary(connection.db);
await connection.close();
