import path from "node:path";
import { defineConfig } from "vitest/config";

/*
 * Three projects: pure unit tests once, and the data-layer integration tests (*.int.test.ts) twice,
 * against embedded PGlite and against the real PostgreSQL server that scripts/test-all.sh starts.
 *
 * Files share their worker's modules (isolate: false): a fresh process per file cost more than the tests
 * themselves (249 s against 91 s for the whole run, most of it loading PGlite again for each file). The
 * tests are written for it: each makes its own clinic and people, reads only those, and a setting a file
 * changes (a media folder, a code revision) is read where it is used, not once at import.
 */
const root = import.meta.dirname;
const postgresUrl = process.env.TEST_DATABASE_URL;
const integration = ["lib/**/*.int.test.ts", "db/**/*.int.test.ts"];
/** Tests that need a server shared by several processes: PostgreSQL only. */
const postgresOnly = ["lib/**/*.pg.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "testing/empty-module.ts"),
    },
  },
  test: {
    isolate: false,
    // Vitest's default leaves one core free: on a two-core machine that ran every file one after another. Two
    // workers took the whole run from 136 s to 103 s here; the files never share a row, so they may overlap.
    maxWorkers: 2,
    testTimeout: 20_000,
    // Invite links ride sealed in jobs under a key derived from AUTH_SECRET.
    env: { AUTH_SECRET: "vitest-only-secret-not-for-production-use" },
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "db/**/*.test.ts", "testing/**/*.test.ts"], exclude: [...integration, ...postgresOnly] } },
      {
        extends: true,
        test: {
          name: "pglite",
          include: integration,
          env: { PGLITE_DATA_DIR: "memory://", DATABASE_URL: "" },
          // Migrated once; the worker's in-memory database starts from that copy.
          globalSetup: ["testing/pglite-template.ts"],
          setupFiles: ["testing/prepare-pglite.ts"],
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: "postgres",
                include: [...integration, ...postgresOnly],
                env: { DATABASE_URL: postgresUrl },
                globalSetup: ["testing/migrate-postgres.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
