/*
 * The processes the benchmark drives: a throwaway PostgreSQL cluster and `next start` (or `next dev`)
 * instances, with their memory read from /proc.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { waitFor } from "./http";

export interface Cluster {
  dir: string;
  url: string;
}

export function startCluster(sharedBuffers: string): Cluster {
  const out = execFileSync("bash", ["scripts/pg-cluster.sh", "start"], { env: { ...process.env, STRIDEBACK_PG_OPTIONS: `-c shared_buffers=${sharedBuffers}` }, encoding: "utf8" }).trim();
  const [dir, url] = out.split(" ");
  return { dir: dir!, url: url! };
}

export function stopCluster(cluster: Cluster) {
  execFileSync("bash", ["scripts/pg-cluster.sh", "stop", cluster.dir]);
}

export function createDatabase(cluster: Cluster, name: string) {
  execFileSync("bash", ["scripts/pg-cluster.sh", "createdb", cluster.url, name], { stdio: "ignore" });
  return `${cluster.url}/${name}`;
}

export interface Server {
  base: string;
  process: ChildProcess;
  output: string[];
  /** Milliseconds from spawn to the line matching `readyLine`. */
  readyAfterMs: number;
  stop: () => Promise<void>;
}

/** The heap limits `npm start` sets (package.json): the benchmark's servers run as production ones do. */
export const PRODUCTION_NODE_OPTIONS = "--max-old-space-size=256 --max-semi-space-size=8";

/** A server of the production build (`next start`), a dev server (`next dev`), or the job worker (`npm run worker`). */
export async function startServer(args: { port: number; env: Record<string, string | undefined>; mode?: "start" | "dev" | "worker"; readyLine?: RegExp; timeoutMs?: number }): Promise<Server> {
  const started = performance.now();
  const env = {
    ...process.env,
    AUTH_SECRET: "bench-secret-not-for-production-0123456789",
    AUTH_TRUST_HOST: "true",
    STRIDEBACK_PUBLIC_URL: `http://localhost:${args.port}`,
    PORT: String(args.port),
    NODE_OPTIONS: (args.mode ?? "start") === "start" ? PRODUCTION_NODE_OPTIONS : "",
    ...args.env,
  };
  // BENCH_PROFILE=dir: CPU profiles of the servers, to read in Chrome's DevTools.
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const command = args.mode === "worker" ? ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"] : ["node_modules/next/dist/bin/next", args.mode ?? "start", "-p", String(args.port)];
  const child = spawn(process.execPath, [...profile, ...command], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const output: string[] = [];
  let readyAfterMs = NaN;
  const readyLine = args.readyLine ?? (args.mode === "worker" ? /worker started/ : /Ready in/);
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n")) {
        if (!line.trim()) continue;
        output.push(line);
        if (/EADDRINUSE/.test(line)) reject(new Error(`port ${args.port} is in use: stop the server there first`));
        if (Number.isNaN(readyAfterMs) && readyLine.test(line)) {
          readyAfterMs = performance.now() - started;
          resolve();
        }
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
  });
  const base = `http://localhost:${args.port}`;
  await Promise.race([ready, new Promise((_, reject) => setTimeout(() => reject(new Error(`server on ${args.port} not ready: ${output.slice(-5).join(" | ")}`)), args.timeoutMs ?? 120_000))]);
  if ((args.mode ?? "start") === "start") await waitFor(`${base}/api/health`, 30_000);
  return {
    base,
    process: child,
    output,
    readyAfterMs,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}

/** Resident memory of a process and all its descendants, in MB. */
export function rssMb(pid: number): number {
  const children = (p: number): number[] => {
    try {
      const kids = execFileSync("pgrep", ["-P", String(p)], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
      return kids.flatMap((k) => [k, ...children(k)]);
    } catch {
      return [];
    }
  };
  let kb = 0;
  for (const p of [pid, ...children(pid)]) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // exited
    }
  }
  return Math.round(kb / 1024);
}
