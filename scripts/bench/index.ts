/*
 * `npm run bench`: StrideBack at clinic scale, measured on this machine. It builds the large dataset in a
 * throwaway PostgreSQL (5,000 runners x 2 years, plus a 300-runner clinic of 50 k logs to compare against),
 * starts production builds against both, measures side by side, prints one table and writes it with the
 * machine's description to docs/benchmarks.md. See that file for what each line means.
 *
 *   BENCH_REUSE_URL=postgres://…   reuse a cluster whose `large` and `small` databases this script built
 *   BENCH_SKIP_BUILD=1             use the existing .next production build
 *   BENCH_ROUNDS=30                rounds per side-by-side comparison
 *   BENCH_RUNNERS=5000             runners in the large clinic (600 for a quick trial of the whole run)
 *   BENCH_ONLY=roster,writes,…     only those sections (roster, charts, phone, writes, share, start), printed
 *                                  and not written to docs/benchmarks.md
 *   BENCH_PROFILE=/tmp/prof        write CPU profiles of the servers there (read them in Chrome's DevTools)
 *   BENCH_KEEP=1                   leave the throwaway cluster running (its URL is printed) for BENCH_REUSE_URL
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { chromium } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { BENCH_CLINIC, clinicianEmail, createCohort, runnerEmail } from "./dataset";
import { Visitor } from "./http";
import { type CapturedWrite, firstLoadJs, interleaved, type Stats, writeLoad } from "./measure";
import { type Cluster, createDatabase, rssMb, type Server, startCluster, startServer as launch, stopCluster } from "./servers";

const PASSWORD = "bench-password-1";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
/** Fewer runners for a quick trial of the whole pipeline (at least 600: the bench reads runner 300 onwards). */
const RUNNERS = Math.max(600, Number(process.env.BENCH_RUNNERS ?? 5000));
const RUNNER_PAGES = ["/today", "/log/run", "/log/session", "/check-in", "/history", "/progress", "/settings", "/worry"];
/** Sections to measure; all of them (and the table written to docs/benchmarks.md) when BENCH_ONLY is unset. */
const only = new Set((process.env.BENCH_ONLY ?? "").split(",").filter(Boolean));
const want = (section: "roster" | "charts" | "phone" | "writes" | "share" | "start") => only.size === 0 || only.has(section);
const LIGHTHOUSE = "lighthouse@12.8.2"; // the last release that runs on Node 20

/** Every server this run started, stopped whatever happens. */
const servers: Server[] = [];
async function startServer(args: Parameters<typeof launch>[0]) {
  const server = await launch(args);
  servers.push(server);
  return server;
}

const rows: { group: string; measure: string; value: string; target?: string; ok?: boolean }[] = [];
const ms = (x: number) => `${Math.round(x)} ms`;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const add = (group: string, measure: string, value: string, target?: string, ok?: boolean) => {
  rows.push({ group, measure, value, target, ok });
  console.log(`  ${measure}: ${value}${target ? `  (target ${target}: ${ok ? "met" : "NOT met"})` : ""}`);
};
const log = (line: string) => console.log(`\n== ${line}`);

function run(command: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

async function buildDatasets(cluster: Cluster) {
  const hash = await hashPassword(PASSWORD);
  const build = async (name: string, cohorts: Parameters<typeof createCohort>[1][]) => {
    const url = createDatabase(cluster, name);
    run("npx", ["tsx", "scripts/migrate.ts"], { DATABASE_URL: url });
    run("npx", ["tsx", "--tsconfig", "scripts/bench/tsconfig.json", "scripts/bench/library.ts"], { DATABASE_URL: url });
    const client = new pg.Client(url);
    await client.connect();
    for (const cohort of cohorts) {
      const started = performance.now();
      await createCohort(client, cohort, hash);
      console.log(`  ${name}: ${cohort.runners} runners x ${cohort.days} days in ${Math.round((performance.now() - started) / 1000)} s`);
    }
    await client.query("vacuum analyze");
    await client.end();
  };
  await build("large", [
    { prefix: "b", runners: RUNNERS, days: 730 },
    // A runner of 30 days in the same clinician's care as a two-year one: the baseline for the chart pages.
    { prefix: "r", runners: 1, days: 30, clinicianEmail: clinicianEmail("b", 1) },
  ]);
  await build("small", [{ prefix: "s", runners: 300, days: 130 }]);
}

async function counts(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  const { rows: [row] } = await client.query(`select (select count(*) from users where role = 'runner')::int as runners, (select count(*) from session_logs)::int as logs,
    (select count(*) from exercise_results)::int as results, (select count(*) from morning_checkins)::int as checkins, (select version()) as version`);
  await client.end();
  return row as { runners: number; logs: number; results: number; checkins: number; version: string };
}

async function signedIn(base: string, email: string) {
  const visitor = new Visitor(base);
  await visitor.signIn(email, PASSWORD);
  return visitor;
}

async function idOf(url: string, email: string) {
  const client = new pg.Client(url);
  await client.connect();
  const { rows: [row] } = await client.query("select id, clinic_id from users where email = $1", [email]);
  await client.end();
  return row as { id: string; clinic_id: string };
}

/** The data layer's time for a roster page (SQL and triage of stale summaries), without Next's render. */
async function rawRoster(url: string, clinician: { id: string; clinic_id: string }) {
  process.env.DATABASE_URL = url;
  // The server's build stamps the roster's summaries with a hash of lib/ and db/ (next.config.ts). Measured
  // here under another revision ("unbuilt"), each side found the other's summaries stale and judged all 300
  // runners again on every call: 165-306 ms a call instead of 14-17 ms, and the server's page 1 with it.
  const { sourceHash } = await import("@/lib/source-hash");
  process.env.STRIDEBACK_CODE_REVISION = sourceHash(process.cwd());
  const { getRosterPage } = await import("@/lib/data/roster");
  const { readView } = await import("@/lib/data/roster");
  const actor = { id: clinician.id, role: "clinician" as const, clinicId: clinician.clinic_id };
  return async () => {
    const started = performance.now();
    await getRosterPage(actor, readView({}));
    return { ms: performance.now() - started };
  };
}

async function captureWrite(base: string, browserPath: string): Promise<CapturedWrite> {
  const browser = await chromium.launch({ executablePath: browserPath });
  const page = await browser.newPage({ baseURL: base });
  await page.goto("/login");
  await page.getByLabel("Email").fill(runnerEmail("b", 0));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  await page.goto("/log/run");
  await page.getByLabel("Distance (km)").fill("5");
  await page.getByLabel("Duration (minutes)").fill("30");
  for (const legend of ["Pain during the run", "Pain after the run", "Effort (RPE)"]) await page.getByRole("radiogroup", { name: legend }).getByRole("radio", { name: "2", exact: true }).check();
  const [request] = await Promise.all([page.waitForRequest((r) => r.method() === "POST" && r.url().includes("/log/run")), page.getByRole("button", { name: "Save run" }).click()]);
  await page.waitForURL(/\/today\?logged=/);
  const headers = Object.fromEntries(Object.entries(request.headers()).filter(([k]) => ["next-action", "content-type", "accept", "next-router-state-tree"].includes(k)));
  await browser.close();
  // The client id as sent: read from the body, not the field, which the form may renew as it hydrates.
  const body = request.postData() ?? "";
  const clientId = /name="(?:_?\d+_)?clientId"\r?\n\r?\n([0-9a-f-]{36})/.exec(body)?.[1];
  if (!clientId) throw new Error(`no client id in the captured write: ${JSON.stringify(body.slice(0, 2000))}`);
  return { path: "/log/run", headers, body, clientId };
}

async function storedOnce(url: string, clientIds: string[]) {
  const client = new pg.Client(url);
  await client.connect();
  const { rows: [row] } = await client.query("select count(*)::int as stored, count(distinct client_id)::int as distinct from session_logs where client_id = any($1::uuid[])", [clientIds]);
  await client.end();
  return row as { stored: number; distinct: number };
}

function lighthouse(url: string, cookie: string, browserPath: string) {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), "lh-")), "report.json");
  execFileSync("npx", ["--yes", LIGHTHOUSE, url, "--quiet", "--only-categories=performance", "--output=json", `--output-path=${out}`, `--extra-headers=${JSON.stringify({ Cookie: cookie })}`, "--chrome-flags=--headless=new --no-sandbox"], {
    env: { ...process.env, CHROME_PATH: browserPath },
    stdio: "ignore",
  });
  const report = JSON.parse(execFileSync("cat", [out], { encoding: "utf8" }));
  return { score: Math.round(report.categories.performance.score * 100), cls: report.audits["cumulative-layout-shift"].numericValue as number, tbt: report.audits["total-blocking-time"].numericValue as number };
}

/**
 * The caseload CSV of one clinician (300 runners x 2 years), read as a slow client would read it, with the
 * server's resident memory sampled every 100 ms: the export must stream, not build the file in memory.
 */
async function caseloadCsv(visitor: Visitor, pid: number) {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  try {
    const response = await fetch(`${visitor.base}/export/caseload.csv`, { headers: { cookie: visitor.cookieHeader() } });
    if (response.status !== 200 || !response.body) throw new Error(`caseload CSV answered ${response.status}`);
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  return { before, peak: Math.max(peak, rssMb(pid)), seconds: (performance.now() - started) / 1000, mb: bytes / 2 ** 20, rows: lines - 1 };
}

async function share(serverLarge: Server) {
  log("Sharing: the caseload CSV, 300 runners x 2 years");
  const clinician = await signedIn(serverLarge.base, clinicianEmail("b", 0));
  const csv = await caseloadCsv(clinician, serverLarge.process.pid!);
  const rise = csv.peak - csv.before;
  add("Sharing", "Caseload CSV, 300 runners x 2 years: rows / size / time", `${csv.rows.toLocaleString("en")} rows / ${csv.mb.toFixed(1)} MB / ${csv.seconds.toFixed(1)} s`);
  add("Sharing", "Caseload CSV: server RSS before / peak while streaming (rise)", `${csv.before} MB / ${csv.peak} MB (+${rise} MB)`, "rise < 50 MB", rise < 50);
}

/** A run log for POST /api/logs, dated today in London: the calendar of every bench runner whose number is a multiple of 6. */
const runLogJson = (clientId: string) =>
  JSON.stringify({ kind: "run", fields: [["clientId", clientId], ["date", new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date())], ["distanceKm", "5"], ["durationMinutes", "30"], ["rpe", "3"], ["painDuring", "2"], ["painAfter", "2"]] });

async function charts(serverLarge: Server, large: string) {
  log("Chart pages: two years against thirty days");
  const longRunner = await idOf(large, runnerEmail("b", 300));
  const shortRunner = await idOf(large, runnerEmail("r", 0));
  const long = await signedIn(serverLarge.base, runnerEmail("b", 300));
  const short = await signedIn(serverLarge.base, runnerEmail("r", 0));
  const clinician = await signedIn(serverLarge.base, clinicianEmail("b", 1));
  for (const range of ["4w", "12w", "all"]) {
    const pages = await interleaved(
      {
        progressLong: () => long.request(`/progress?range=${range}`),
        progressShort: () => short.request(`/progress?range=${range}`),
        clinicLong: () => clinician.request(`/clinic/runners/${longRunner.id}?range=${range}`),
        clinicShort: () => clinician.request(`/clinic/runners/${shortRunner.id}?range=${range}`),
      },
      Math.max(10, Math.round(ROUNDS / 2)),
    );
    const p = pages as Record<string, Stats>;
    const progress = ratio(p.progressLong!.p50, p.progressShort!.p50);
    const clinicPage = ratio(p.clinicLong!.p50, p.clinicShort!.p50);
    add("Charts", `/progress "${range}", 2 years / 30 days (p50)`, `${progress}x (${ms(p.progressLong!.p50)} vs ${ms(p.progressShort!.p50)}; ${Math.round(p.progressLong!.bytes! / 1024)} KB vs ${Math.round(p.progressShort!.bytes! / 1024)} KB)`, "<= 1.5x", progress <= 1.5);
    add("Charts", `Clinician's runner page "${range}", 2 years / 30 days (p50)`, `${clinicPage}x (${ms(p.clinicLong!.p50)} vs ${ms(p.clinicShort!.p50)})`, "<= 1.5x", clinicPage <= 1.5);
  }
  // "All" is kept between views and computed again after any change to the runner's records: the first
  // view after a new entry pays for two years once.
  const afterEntry = await interleaved(
    {
      afterEntry: async () => {
        const sent = await long.request("/api/logs", { method: "POST", headers: { "content-type": "application/json" }, body: runLogJson(randomUUID()) });
        if (sent.status !== 201) throw new Error(`the run log answered ${sent.status}`);
        return long.request("/progress?range=all");
      },
      kept: () => long.request("/progress?range=all"),
    },
    Math.max(10, Math.round(ROUNDS / 2)),
  );
  add("Charts", `/progress "all", 2 years: first view after a new entry / a view with nothing new (p50)`, `${ratio(afterEntry.afterEntry!.p50, afterEntry.kept!.p50)}x (${ms(afterEntry.afterEntry!.p50)} vs ${ms(afterEntry.kept!.p50)})`);
}

async function main() {
  const browserPath = execFileSync("bash", ["scripts/find-browser.sh"], { encoding: "utf8" }).trim();
  const reuse = process.env.BENCH_REUSE_URL;
  const cluster: Cluster = reuse ? { dir: "", url: reuse } : startCluster("2GB");
  const large = `${cluster.url}/large`;
  const small = `${cluster.url}/small`;
  try {
    if (!reuse) {
      log("Building the datasets (PostgreSQL generate_series; a few minutes)");
      await buildDatasets(cluster);
    }
    if (!process.env.BENCH_SKIP_BUILD) {
      log("Production build");
      run("npm", ["run", "build"]);
    }
    const [bigData, smallData] = await Promise.all([counts(large), counts(small)]);
    log("Starting the servers");
    const serverLarge = await startServer({ port: 3301, env: { DATABASE_URL: large } });
    const serverSmall = await startServer({ port: 3302, env: { DATABASE_URL: small } });
    const pid = serverLarge.process.pid!;

    if (want("roster")) {
      log("Roster: 300 runners");
      const clinicianLarge = await signedIn(serverLarge.base, clinicianEmail("b", 0));
      const clinicianSmall = await signedIn(serverSmall.base, clinicianEmail("s", 0));
      const raw = await rawRoster(large, await idOf(large, clinicianEmail("b", 0)));
      const roster = await interleaved(
        {
          page1: () => clinicianLarge.request("/clinic"),
          page2: () => clinicianLarge.request("/clinic?page=2"),
          search: () => clinicianLarge.request("/clinic?q=ada"),
          sort: () => clinicianLarge.request("/clinic?sort=pain&dir=desc"),
          small: () => clinicianSmall.request("/clinic"),
          // What any signed-in clinician page costs here: the roster with no row to show, and a page without it.
          noRows: () => clinicianLarge.request("/clinic?q=no-such-runner"),
          otherPage: () => clinicianLarge.request("/clinic/messages"),
          raw,
        },
        ROUNDS,
      );
      const r = roster as Record<string, Stats>;
      const bigLogs = `${(bigData.logs / 1e6).toFixed(1)} M logs`;
      add("Roster", `Page 1, 300 runners, ${bigLogs}: p50 / p95`, `${ms(r.page1!.p50)} / ${ms(r.page1!.p95)}`, "p95 <= 250 ms", r.page1!.p95 <= 250);
      add("Roster", "Data layer alone (SQL and triage): p50 / p95", `${ms(r.raw!.p50)} / ${ms(r.raw!.p95)}`);
      add("Roster", "Page 1 / data layer (p95)", `${ratio(r.page1!.p95, r.raw!.p95)}x`, "<= 2x", ratio(r.page1!.p95, r.raw!.p95) <= 2);
      for (const [name, label] of [["page2", "Page 2"], ["search", "A search"], ["sort", "A sort"]] as const) {
        const x = ratio(r[name]!.p50, r.page1!.p50);
        add("Roster", `${label} / page 1 (p50)`, `${x}x (${ms(r[name]!.p50)})`, "<= 1.2x", x <= 1.2);
      }
      const history = ratio(r.page1!.p50, r.small!.p50);
      add("Roster", `${bigLogs} / ${Math.round(smallData.logs / 1000)} k logs (p50)`, `${history}x (${ms(r.page1!.p50)} vs ${ms(r.small!.p50)})`, "<= 1.3", history <= 1.3);
      add("Roster", "HTML of page 1 (50 rows)", `${Math.round(r.page1!.bytes! / 1024)} KB`);
      add("Roster", "The floor: the roster with no row to show / the clinician's messages page (p50)", `${ms(r.noRows!.p50)} / ${ms(r.otherPage!.p50)}`);
    }

    if (want("charts")) await charts(serverLarge, large);

    if (want("phone")) {
      const long = await signedIn(serverLarge.base, runnerEmail("b", 300));
      log("First-load JavaScript of the runner's pages (gzip)");
      const scripts = new Map<string, number>();
      for (const page of RUNNER_PAGES) {
        const js = await firstLoadJs(long, page, scripts);
        add("Phone", `First-load JS ${page}`, `${js.kb} KB in ${js.scripts} scripts`, "<= 150 KB", js.kb <= 150);
      }
      try {
        // /login, signed out, is the smallest page there is: what the framework's own scripts score on this machine.
        for (const page of ["/today", "/progress", "/login"]) {
          const cookie = page === "/login" ? "" : long.cookieHeader();
          const runs = [0, 1, 2].map(() => lighthouse(`${serverLarge.base}${page}`, cookie, browserPath)).sort((a, b) => a.score - b.score);
          const median = runs[1]!;
          const value = `${median.score} / ${median.cls.toFixed(3)} / ${ms(median.tbt)}`;
          if (page === "/login") add("Phone", "Lighthouse mobile /login, signed out, the floor (median of 3): performance / CLS / TBT", value);
          else add("Phone", `Lighthouse mobile ${page} (median of 3): performance / CLS / TBT`, value, ">= 90, CLS < 0.05", median.score >= 90 && median.cls < 0.05);
        }
      } catch (error) {
        add("Phone", "Lighthouse", `not measured: ${(error as Error).message.split("\n")[0]}`);
      }
    }

    if (want("writes")) {
      log("Writes: run logs through the live form's server action, and through POST /api/logs");
      const restMb = rssMb(pid);
      const write = await captureWrite(serverLarge.base, browserPath);
      // Runners whose calendar is London's, like the one whose request was captured: a date is always their today.
      const runners = await Promise.all(Array.from({ length: 50 }, (_, i) => signedIn(serverLarge.base, runnerEmail("b", 6 * (i + 2)))));
      const actionAck = (status: number, body: string) => status === 200 && body.includes('"next":"/today?logged=');
      const apiWrite: CapturedWrite = { path: "/api/logs", headers: { "content-type": "application/json" }, clientId: "CLIENT-ID", body: runLogJson("CLIENT-ID") };
      const apiAck = (status: number) => status === 201;
      for (const [label, captured, ack] of [["server action", write, actionAck], ["POST /api/logs", apiWrite, apiAck]] as const) {
        await writeLoad(runners.slice(0, 5), captured, 3, ack); // warm-up
        const one = await writeLoad(runners.slice(0, 1), captured, 8, ack);
        const fifty = await writeLoad(runners, captured, 15, ack);
        const stored = await storedOnce(large, [...one.clientIds, ...fifty.clientIds]);
        add("Writes", `${label}, 1 runner: per second / p50 / p95`, `${Math.round(one.perSecond)}/s / ${ms(one.latency.p50)} / ${ms(one.latency.p95)}`);
        add("Writes", `${label}, 50 runners: per second / p50 / p95`, `${Math.round(fifty.perSecond)}/s / ${ms(fifty.latency.p50)} / ${ms(fifty.latency.p95)}`, ">= 200/s, p95 <= 500 ms", fifty.perSecond >= 200 && fifty.latency.p95 <= 500);
        const acknowledged = one.acknowledged + fifty.acknowledged;
        add("Writes", `${label}: stored / acknowledged / doubles / refused`, `${stored.stored} / ${acknowledged} / ${stored.stored - stored.distinct} / ${one.failures + fifty.failures}`, "stored == acknowledged, no doubles", stored.stored === acknowledged && stored.stored === stored.distinct);
      }
      // The framework's own ceiling on this machine: the cheapest route there is (one SELECT 1, no session).
      const floor = await Promise.all(runners.map(async (visitor) => {
        let n = 0;
        for (const until = performance.now() + 6000; performance.now() < until; n++) await visitor.request("/api/health");
        return n;
      }));
      add("Writes", "Ceiling: GET /api/health (no session, SELECT 1), 50 at once", `${Math.round(floor.reduce((a, b) => a + b, 0) / 6)}/s`);
      const afterMb = rssMb(pid);
      add("Memory", "Server RSS at rest / after the write load", `${restMb} MB / ${afterMb} MB`, "<= 300 MB after load", afterMb <= 300);
    }
    if (want("share")) await share(serverLarge);
    await serverLarge.stop();
    await serverSmall.stop();

    if (want("start")) {
      log("First start on the embedded database (PGlite), with the demo clinic");
      for (const mode of ["start", "dev"] as const) {
        const dir = mkdtempSync(path.join(os.tmpdir(), "bench-pglite-"));
        const started = performance.now();
        const server = await startServer({ port: 3303, mode, env: { DATABASE_URL: "", PGLITE_DATA_DIR: dir, STRIDEBACK_DEMO: "1" }, readyLine: mode === "dev" ? /StrideBack: ready at/ : /Ready in/, timeoutMs: 600_000 });
        const ready = performance.now();
        const visitor = new Visitor(server.base);
        await visitor.signIn("alex@runner.example", "strideback-demo");
        const today = await visitor.request("/today");
        const usable = performance.now();
        add("First start", `${mode === "dev" ? "npm run demo (next dev)" : "next start"}: said ready / first sign-in and /today answered`, `${Math.round((ready - started) / 100) / 10} s / ${Math.round((usable - ready) / 100) / 10} s after ready (${today.status})`, mode === "dev" ? "first sign-in <= 3 s after ready" : undefined, mode === "dev" ? usable - ready <= 3000 && today.status === 200 : undefined);
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    }

    if (only.size === 0) report(bigData, smallData);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    if (process.env.BENCH_KEEP) console.log(`\nThe cluster is left running: BENCH_REUSE_URL=${cluster.url}`);
    else if (!reuse) stopCluster(cluster);
  }
}

function report(bigData: Awaited<ReturnType<typeof counts>>, smallData: Awaited<ReturnType<typeof counts>>) {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, ${bigData.version.split(" on ")[0]}`;
  const table = ["| | Measure | Value | Target |", "|---|---|---|---|", ...rows.map((r) => `| ${r.group} | ${r.measure} | ${r.value} | ${r.target ? `${r.target}: ${r.ok ? "met" : "**not met**"}` : ""} |`)].join("\n");
  const doc = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. The machine was shared with other
work; absolute times are noisy, and every comparison below was taken side by side (variants alternating
within each round, after a warm-up). Rerun it with \`npm run bench\` (about half an hour; see below).

Dataset (${BENCH_CLINIC}, built by PostgreSQL's generate_series in a throwaway cluster with shared_buffers=2GB,
fsync off): ${bigData.runners.toLocaleString("en")} runners, ${bigData.logs.toLocaleString("en")} session logs,
${bigData.results.toLocaleString("en")} exercise results, ${bigData.checkins.toLocaleString("en")} check-ins; 300 runners to
each clinician. The comparison clinic: ${smallData.runners} runners, ${smallData.logs.toLocaleString("en")} session logs.

${table}

## What each line measures

- **Roster**: \`GET /clinic\` as a clinician with 300 runners, over HTTP against \`next start\`. "Data layer alone"
  is \`getRosterPage\` called in the benchmark's own process on the same database: the SQL and the triage of
  any runner whose stored summary is stale, without rendering. Page 2, a search ("ada") and a sort (pain,
  descending) are compared with page 1; the same roster on the 50 k-log clinic shows that history size does
  not matter.
  "The floor" is the same roster asked for a name nobody has (no row to render, the same queries) and the
  clinician's messages page (no roster at all): what any signed-in page costs here before its own content.
- **Charts**: \`/progress\` and the clinician's runner page for a runner with two years of history against a
  runner with thirty days, for each range. Beyond 12 weeks a chart point is a week's worst.
- **Phone**: the gzip size of every script a runner page names on first load (what a phone downloads
  before the page is interactive). Lighthouse ${LIGHTHOUSE.split("@")[1]} (the last release for Node 20) in its mobile
  preset, fetched on demand by \`npx\`.
  /login, signed out, is the smallest page there is: its score is what the framework's own scripts reach
  on this machine, whatever a page adds.
- **Writes**: a run log sent the way the browser sends it (the request Chromium made, replayed with a fresh
  client id each time), and the same entry through \`POST /api/logs\`; one runner back to back for 8 s, then
  50 runners at once for 15 s. "Stored" counts the rows in the database with the client ids that were
  acknowledged; "doubles" counts client ids stored twice.
  "Ceiling" is the cheapest route there is, at the same concurrency: what this machine's one Node process
  serves at most, whatever a write does.
- **Memory**: resident memory of the \`next start\` process tree, before and after the write load, with the
  heap limits \`npm start\` sets (\`--max-old-space-size=256 --max-semi-space-size=8\`).
- **Sharing**: \`GET /export/caseload.csv\` as the clinician with 300 runners of two years each, read to the
  end by the benchmark while the server's resident memory (process tree) is sampled every 100 ms; the rise
  is the peak during the download less the memory just before it.
- **First start**: a fresh embedded database (PGlite) with the demo clinic, from launch to the line that
  says the server is ready (\`next start\`: Next's "Ready", printed once the database is migrated and
  seeded; \`npm run demo\`: "StrideBack: ready at", printed once the first pages are compiled), then how
  long the first sign-in and \`/today\` take after it.

## How the numbers are reached

- **The roster** reads a page of \`runner_triage\`, one row per runner holding the triage lib/rules/triage
  computed (status, reasons, sparkline, the columns it sorts by). Triggers on every table the pain rules
  read bump the runner's version in the writer's own transaction; a page first recomputes the summaries
  whose version, calendar day or release is stale (the version is read before the data, so a write that lands
  during the refresh leaves it stale, never wrongly current), then pages, sorts and searches in SQL. A
  quiet caseload recomputes nothing; a busy one, the runners whose data changed, and each runner once a day.
- **JIT is off** for the application's connections (\`-c jit=off\`): its cost estimates compiled queries
  that run in milliseconds.
- **Charts** are SVG drawn on the server: no chart library reaches the phone and nothing hydrates. A range
  of 12 weeks or more draws each week's worst, and a chart's table is a link, so a long history does not
  put four long tables into every page.
  The "all" range's series are kept in \`runner_series\`, valid for the version of the runner's records
  (the same version the roster's summaries use), the runner's day and the release: a view with nothing new
  reads them, and the first view after a new entry, a new day or a new release computes them again ("first view after a new entry").
- **Writes** answer with the next address and the form navigates there, instead of rendering \`/today\`
  inside the action's response. \`POST /api/logs\` stores the same entries as JSON for the offline queue.
`;
  writeFileSync("docs/benchmarks.md", doc);
  console.log(`\n${table}\n\nWritten to docs/benchmarks.md`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
