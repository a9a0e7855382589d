import { execFileSync } from "node:child_process";
import pg from "pg";
import { Visitor } from "./http";
import { type Server, startServer as launch } from "./servers";

/* What every section of the bench shares: its settings, the servers it started, and the rows it measured. */

export const PASSWORD = "bench-password-1";
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
/** Fewer runners for a quick trial of the whole pipeline (at least 600: the bench reads runner 300 onwards). */
export const RUNNERS = Math.max(600, Number(process.env.BENCH_RUNNERS ?? 5000));
export const SECTIONS = ["roster", "charts", "phone", "writes", "share", "runs", "start"] as const;
export type Section = (typeof SECTIONS)[number];
/** Sections to measure: all of them when BENCH_ONLY is unset. */
const only = new Set((process.env.BENCH_ONLY ?? "").split(",").filter(Boolean));
export const want = (section: Section) => only.size === 0 || only.has(section);

/** Every server this run started, stopped whatever happens. */
export const servers: Server[] = [];
export async function startServer(args: Parameters<typeof launch>[0]) {
  const server = await launch(args);
  servers.push(server);
  return server;
}

export interface Row {
  group: string;
  measure: string;
  value: string;
  target?: string;
  ok?: boolean;
}
/** What this run measured, in order; the report writes them into docs/benchmarks.md. */
export const rows: Row[] = [];
export const ms = (x: number) => `${Math.round(x)} ms`;
export const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
export const add = (group: string, measure: string, value: string, target?: string, ok?: boolean) => {
  rows.push({ group, measure, value, target, ok });
  console.log(`  ${measure}: ${value}${target ? `  (target ${target}: ${ok ? "met" : "NOT met"})` : ""}`);
};
export const log = (line: string) => console.log(`\n== ${line}`);

export function run(command: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

export async function counts(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  const { rows: [row] } = await client.query(`select (select count(*) from users where role = 'runner')::int as runners, (select count(*) from session_logs)::int as logs,
    (select count(*) from exercise_results)::int as results, (select count(*) from morning_checkins)::int as checkins, (select count(*) from episodes)::int as episodes, (select version()) as version`);
  await client.end();
  return row as { runners: number; logs: number; results: number; checkins: number; episodes: number; version: string };
}

export async function signedIn(base: string, email: string) {
  const visitor = new Visitor(base);
  await visitor.signIn(email, PASSWORD);
  return visitor;
}

export async function idOf(url: string, email: string) {
  const client = new pg.Client(url);
  await client.connect();
  const { rows: [row] } = await client.query("select id, clinic_id from users where email = $1", [email]);
  await client.end();
  return row as { id: string; clinic_id: string };
}
/** A run log for POST /api/logs, dated today in London: the calendar of every bench runner whose number is a multiple of 6. */
export const runLogJson = (clientId: string) =>
  JSON.stringify({ kind: "run", fields: [["clientId", clientId], ["date", new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date())], ["distanceKm", "5"], ["durationMinutes", "30"], ["rpe", "3"], ["painDuring", "2"], ["painAfter", "2"]] });
