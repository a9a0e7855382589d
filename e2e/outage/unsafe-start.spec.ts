import { spawn } from "node:child_process";
import { expect, test } from "../support/fixtures";

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
  const server = spawn("npx", ["next", "start", "-p", String(Number(process.env.E2E_PORT ?? 3210) + 8)], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  server.stdout!.on("data", (d) => (log += d));
  server.stderr!.on("data", (d) => (log += d));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), 60_000);
    server.on("exit", (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  if (code === null && server.pid) process.kill(-server.pid, "SIGTERM");
  expect(code).toBe(1);
  expect(log).toContain("demo account(s) still use the published demo password");
  expect(log).toContain("STRIDEBACK_PUBLIC_URL is not set");
});
