import { chromium } from "@playwright/test";
import pg from "pg";
import type { Server } from "../servers";
import { rssMb } from "../servers";
import { add, log, ms, PASSWORD, runLogJson, signedIn } from "../context";
import { runnerEmail } from "../dataset";
import { type CapturedWrite, writeLoad } from "../measure";

async function captureWrite(base: string, browserPath: string): Promise<CapturedWrite> {
  const browser = await chromium.launch({ executablePath: browserPath });
  const page = await browser.newPage({ baseURL: base, locale: "en-GB" });
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

/** Run logs through the live form's server action and through POST /api/logs, one runner and fifty at once. */
export async function writes(serverLarge: Server, large: string, browserPath: string) {
  const pid = serverLarge.process.pid!;
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
