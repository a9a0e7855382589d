/*
 * Screenshots of every runner and clinician page at a desktop (1280x800) and a phone (360x740), written to
 * docs/screens/ for the README. Runs the production build (`npm run build` first, done here when missing)
 * on a fresh embedded demo database with the clock pinned, so the same commit gives the same pictures.
 *
 *   npm run screens            # every page, both sizes
 *   SCREENS_ONLY=today npm run screens
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, type Page, chromium } from "@playwright/test";
import { DEMO_PASSWORD, demoAdmin, demoClinicians, demoRunners } from "@/lib/seed/demo-caseload";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "docs", "screens");
const port = Number(process.env.SCREENS_PORT ?? 3190);
const base = `http://localhost:${port}`;
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;

type Shot = { name: string; path: string | ((ids: Ids) => string) };
type Ids = { alex: string; template: string };

const RUNNER: Shot[] = [
  { name: "runner-today", path: "/today" },
  { name: "runner-log", path: "/log" },
  { name: "runner-log-session", path: "/log/session" },
  { name: "runner-log-run", path: "/log/run" },
  { name: "runner-check-in", path: "/check-in" },
  { name: "runner-worry", path: "/worry" },
  { name: "runner-history", path: "/history" },
  { name: "runner-progress", path: "/progress" },
  { name: "runner-messages", path: "/messages" },
  { name: "runner-more", path: "/more" },
  { name: "runner-settings", path: "/settings" },
  { name: "runner-programme", path: "/programme" },
  { name: "runner-lefs", path: "/lefs" },
  { name: "runner-psfs", path: "/measures/psfs" },
];
const CLINIC: Shot[] = [
  { name: "clinic-caseload", path: "/clinic" },
  { name: "clinic-runner", path: ({ alex }) => `/clinic/runners/${alex}` },
  { name: "clinic-runner-messages", path: ({ alex }) => `/clinic/runners/${alex}/messages` },
  { name: "clinic-plan-edit", path: ({ alex }) => `/clinic/runners/${alex}/plan/edit` },
  { name: "clinic-plan-new", path: ({ alex, template }) => `/clinic/runners/${alex}/plan/new?template=${template}` },
  { name: "clinic-runner-new", path: "/clinic/runners/new" },
  { name: "clinic-messages", path: "/clinic/messages" },
  { name: "clinic-library", path: "/clinic/library" },
  { name: "clinic-discharged", path: "/clinic/discharged" },
  { name: "clinic-outcomes", path: "/clinic/outcomes" },
  { name: "clinic-audit", path: "/clinic/audit" },
  { name: "clinic-settings", path: "/clinic/settings" },
];
/** The clinic's admin, for the page only an admin opens. */
const ADMIN: Shot[] = [{ name: "clinic-team", path: "/clinic/team" }];

async function main() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  const data = mkdtempSync(path.join(tmpdir(), "strideback-screens-"));
  const server = start(data);
  try {
    await ready(server);
    mkdirSync(out, { recursive: true });
    const browser = await chromium.launch({ executablePath: browserPath(), args: ["--no-sandbox", "--disable-gpu"] });
    const only = process.env.SCREENS_ONLY?.split(",");
    const ids = await demoIds(browser);
    for (const [role, shots, who] of [
      ["runner", RUNNER, demoRunners[0]!.email],
      ["clinic", CLINIC, demoClinicians[0].email],
      ["admin", ADMIN, demoAdmin.email],
    ] as const) {
      for (const [size, viewport] of Object.entries(SIZES)) {
        const page = await (await browser.newContext({ baseURL: base, viewport, deviceScaleFactor: 1, serviceWorkers: "block", locale: "en-GB" })).newPage();
        await signIn(page, who);
        for (const shot of shots.filter((s) => !only || only.some((o) => s.name.includes(o)))) {
          await page.goto(typeof shot.path === "string" ? shot.path : shot.path(ids), { waitUntil: "networkidle" });
          const file = path.join(out, `${shot.name}-${size}.png`);
          await page.screenshot({ path: file, animations: "disabled" });
          console.log(`${role}: ${path.relative(root, file)}`);
        }
        await page.context().close();
      }
    }
    await browser.close();
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    rmSync(data, { recursive: true, force: true });
  }
}

function start(data: string): ChildProcess {
  const server = spawn("npx", ["next", "start", "-p", String(port)], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    // Its own process group, so stopping it stops next start under npx too.
    detached: true,
    env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: data, STRIDEBACK_DEMO: "1", AUTH_TRUST_HOST: "true", AUTH_SECRET: "screens-only-secret-not-for-production-0000", STRIDEBACK_PUBLIC_URL: base, STRIDEBACK_NOW: process.env.STRIDEBACK_NOW ?? "2026-12-05T09:30:00Z", LOG_LEVEL: "warn" },
  });
  return server;
}

async function ready(server: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`The server stopped (exit ${server.exitCode}): see its log above.`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("The server did not become ready in 2 minutes.");
}

function browserPath() {
  return process.env.STRIDEBACK_CHROMIUM || execFileSync("bash", [path.join(root, "scripts", "find-browser.sh")], { encoding: "utf8" }).trim();
}

async function signIn(page: Page, email: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** The demo runner's id and a phased template's, read from the caseload and the plan page as a clinician would. */
async function demoIds(browser: Browser): Promise<Ids> {
  const page = await (await browser.newContext({ baseURL: base, locale: "en-GB" })).newPage();
  await signIn(page, demoClinicians[0].email);
  await page.goto("/clinic");
  const href = await page.getByRole("link", { name: demoRunners[0]!.name, exact: true }).getAttribute("href");
  const alex = href!.split("/").pop()!;
  await page.goto(`/clinic/runners/${alex}/plan/new`);
  const template = await page.getByRole("navigation", { name: "Templates" }).getByRole("link", { name: /Askling/ }).getAttribute("href");
  await page.context().close();
  return { alex, template: new URL(template!, base).searchParams.get("template")! };
}

await main();
