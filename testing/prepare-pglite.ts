import { beforeAll, inject } from "vitest";
import { openDatabase } from "@/lib/prepare-database";

// The worker's in-memory database starts from the migrated copy testing/pglite-template.ts dumped, and is
// readied as the server's start-up readies the embedded one (the migrations find nothing left to do).
process.env.PGLITE_FROM_DUMP = inject("pgliteDump");

beforeAll(async () => {
  await openDatabase();
});
