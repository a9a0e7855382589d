import { type ChildProcess, spawn } from "node:child_process";
import { expect, test } from "../support/fixtures";
import { ports } from "../support/ports";

/*
 * A production server refuses to start unsafe. The test database holds the seeded demo accounts with the
 * published password: without STRIDEBACK_DEMO=1 (and without a public URL) `next start` must exit, saying why.
 */
test("a production server with the demo accounts' published password, and no public URL, refuses to start", async () => {
  test.setTimeout(90_000);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, AUTH_SECRET: "e2e-only-secret-not-for-production-use-000000", AUTH_TRUST_HOST: "true" };
  delete env.STRIDEBACK_DEMO;
  delete env.STRIDEBACK_PUBLIC_URL;
  delete env.AUTH_URL;
  const { code, log } = await exited(spawn("npx", ["next", "start", "-p", String(ports.unsafeStartFresh)], { env, stdio: ["ignore", "pipe", "pipe"], detached: true }));
  expect(code).toBe(1);
  expect(log).toContain("demo account(s) still use the published demo password");
  expect(log).toContain("STRIDEBACK_PUBLIC_URL is not set");
});

/*
 * A rolled-back deploy: the database was migrated by a newer release. The older code's server and its
 * `npm run db:migrate` both exit saying so, and the database is left exactly as it was.
 */
test("code older than the database's migration level refuses to start or migrate, and changes nothing", async () => {
  test.setTimeout(120_000);
  const { connect } = await import("@/db");
  const { inSnapshot, onPostgresSession } = await import("@/lib/backup/sources");
  const { tableFigures } = await import("@/lib/backup/figures");
  const name = `ahead_${Date.now()}`;
  const admin = await connect({ databaseUrl: process.env.E2E_DATABASE_URL });
  await admin.executeSql(`create database ${name}`);
  await admin.close();
  const databaseUrl = process.env.E2E_DATABASE_URL!.replace(/\/[^/]*$/, `/${name}`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: "e2e-only-secret-not-for-production-use-000000", AUTH_TRUST_HOST: "true", STRIDEBACK_PUBLIC_URL: "http://localhost" };
  expect((await exited(spawn("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: ["ignore", "pipe", "pipe"] }))).code).toBe(0);
  // What a newer release would have recorded: one more migration than this code knows.
  await onPostgresSession(databaseUrl, (query) => query(`insert into drizzle.__drizzle_migrations (hash, created_at) values ('from-a-newer-release', ${Date.now() + 86_400_000 * 3650})`));
  const figures = () => onPostgresSession(databaseUrl, (query) => inSnapshot(query, () => tableFigures(query)));
  const before = await figures();

  const server = await exited(spawn("npx", ["next", "start", "-p", String(ports.unsafeStartAhead)], { env, stdio: ["ignore", "pipe", "pipe"], detached: true }));
  expect(server.code).toBe(1);
  expect(server.log).toContain("ahead of this code");
  const migrate = await exited(spawn("npx", ["tsx", "scripts/migrate.ts"], { env, stdio: ["ignore", "pipe", "pipe"] }));
  expect(migrate.code).toBe(1);
  expect(migrate.log).toContain("Nothing was changed");
  expect(await figures()).toEqual(before);
});

async function exited(child: ChildProcess): Promise<{ code: number | null; log: string }> {
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), 60_000);
    child.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  if (code === null && child.pid) process.kill(-child.pid, "SIGTERM");
  return { code, log };
}
