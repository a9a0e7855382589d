import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

/*
 * PostgreSQL's own client tools, which a backup of a PostgreSQL database uses: pg_dump for a consistent
 * dump, pg_restore to load it. STRIDEBACK_PG_BIN names their folder; otherwise the newest installed
 * server's (Debian keeps them under /usr/lib/postgresql/N/bin), then the PATH. pg_dump must be at least
 * as new as the server it dumps, hence the newest.
 */
const run = promisify(execFile);

export function pgTool(name: "pg_dump" | "pg_restore"): string {
  const folders = [process.env.STRIDEBACK_PG_BIN, ...installedVersions()].filter(Boolean) as string[];
  for (const folder of folders) {
    const tool = path.join(folder, name);
    if (existsSync(tool)) return tool;
  }
  return name;
}

function installedVersions(): string[] {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, "bin"));
}

/** Runs a tool, and on failure says which and what it printed (never the connection string, which may hold a password). */
export async function runTool(name: "pg_dump" | "pg_restore", args: string[], env: Record<string, string> = {}): Promise<void> {
  try {
    await run(pgTool(name), args, { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { code, stderr } = error as { code?: string | number; stderr?: string };
    if (code === "ENOENT") throw new Error(`${name} was not found: install PostgreSQL's client tools, or set STRIDEBACK_PG_BIN to their folder.`);
    throw new Error(`${name} failed: ${(stderr ?? "").trim() || String(error)}`);
  }
}
