import { defineConfig, devices } from "@playwright/test";
import webpush from "web-push";
import { PINNED_NOW, pinnedPort } from "./e2e/support/clock";
import { mailHttpPort, smtpPort } from "./e2e/support/mail";
import { ports } from "./e2e/support/ports";

/*
 * End-to-end tests drive a real Chromium against a production build (`next build` + `next start`) on a
 * fresh PostgreSQL database that scripts/test-all.sh prepares; `npm test` runs them.
 */
const port = ports.app;
const databaseUrl = process.env.E2E_DATABASE_URL;
const secret = "e2e-only-secret-not-for-production-use-000000";
// Web Push keys for this run, as a production deployment sets them (docs/reach.md), for the app and the worker.
const vapid = webpush.generateVAPIDKeys();
const vapidEnv = { VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, VAPID_SUBJECT: "mailto:e2e@strideback.test" };
if (!databaseUrl) throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests through `npm test`.");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  // How long an assertion waits for the page to show something: CI shares two cores with two servers, a
  // worker, PostgreSQL and two browsers, and ran the suite 2.7x slower than an idle machine; Playwright's
  // 5 s default then fails a test on load alone. A page that never shows it still fails.
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: ".test-artifacts/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    // The demo clinic is British: a browser's language proposes a person's distance unit (lib/units), and
    // Chromium's own en-US would propose miles to every runner who has not chosen. Tests of the proposal
    // and of miles set their own.
    locale: "en-GB",
    // The service worker precaches the whole build on a first visit: only the tests about it
    // (e2e/runner/offline.spec.ts) let it in, so the rest neither pay for it nor run against its cache.
    serviceWorkers: "block",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.STRIDEBACK_CHROMIUM || undefined,
      // Chromium as root needs --no-sandbox; the rest keeps it off a network this machine does not have.
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /(runner|performance|outage|adoption)\// },
    // Runners log on their phones: the narrowest common width.
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 360, height: 740 } }, testMatch: /runner\/.*\.spec\.ts$/ },
    // Large datasets, a database outage on a cluster of its own, and server start-up checks run last and alone.
    { name: "isolated", use: { ...devices["Desktop Chrome"] }, testMatch: /(performance|outage|adoption)\/.*\.spec\.ts$/, dependencies: ["desktop", "phone"] },
  ],
  webServer: [server(port, {}), server(pinnedPort, { STRIDEBACK_NOW: PINNED_NOW }), mailServer(), worker()],
});

/** A real SMTP server for what the app emails, readable by the tests over HTTP (e2e/support/mail-server.ts). */
function mailServer() {
  return {
    command: "npx tsx e2e/support/mail-server.ts",
    url: `http://127.0.0.1:${mailHttpPort}/health`,
    reuseExistingServer: false,
    timeout: 30_000,
    env: { E2E_SMTP_PORT: String(smtpPort), E2E_MAIL_HTTP_PORT: String(mailHttpPort) },
  };
}

/** The job worker, as production runs it (`npm run worker`), sending to the local SMTP server. */
function worker() {
  return {
    command: "node --import tsx --conditions=react-server scripts/worker.ts",
    wait: { stdout: /worker started/ },
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    timeout: 30_000,
    env: {
      DATABASE_URL: databaseUrl!,
      AUTH_SECRET: secret,
      STRIDEBACK_PUBLIC_URL: `http://localhost:${port}`,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      STRIDEBACK_WORKER_POLL_SECONDS: "0.5",
      ...vapidEnv,
    },
  };
}

/** `next start` of the production build on the test database; extra environment for a pinned clock. */
function server(onPort: number, env: Record<string, string>) {
  return {
    command: `npx next start -p ${onPort}`,
    url: `http://localhost:${onPort}/api/health`,
    reuseExistingServer: false,
    // The servers' log goes into the run's output, where scripts/check-log-privacy.ts reads it.
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    timeout: 60_000,
    env: {
      DATABASE_URL: databaseUrl!,
      AUTH_SECRET: secret,
      AUTH_TRUST_HOST: "true",
      STRIDEBACK_PUBLIC_URL: `http://localhost:${onPort}`,
      // A demo deployment: the seeded accounts with the published password are expected.
      STRIDEBACK_DEMO: "1",
      // Locks short enough to watch one end; every test signs in from the same address, so that limit is lifted.
      STRIDEBACK_SIGNIN_LOCK_SECONDS: "45",
      STRIDEBACK_ADDRESS_FREE_FAILURES: "100000",
      ...vapidEnv,
      ...env,
    },
  };
}
