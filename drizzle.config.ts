import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from the schema (db/schema/, one file per domain); they are committed and applied from code.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
