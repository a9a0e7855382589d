import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as tar from "tar";
import { type Connection, connect } from "@/db";
import { assertKnownLevel } from "@/db/migrate";
import type { MediaStorage } from "@/lib/media/storage";
import { migrate } from "@/lib/prepare-database";
import { differences, tableFigures } from "./figures";
import { fileDigest, type Manifest, readManifest } from "./manifest";
import { runTool } from "./postgres-tools";
import { inSnapshot, onPostgresSession, openPglite, splitPassword, type Target } from "./sources";

/*
 * `npm run restore <archive>`: checks the archive against its manifest, refuses a database or media store
 * that already holds something (unless told to replace it), loads the dump, compares every table's figures
 * with the manifest, puts the media back file by file, and only then applies the migrations this code has
 * that the backup's did not. Nothing is changed until the archive has been checked whole.
 */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

export interface RestoreResult {
  manifest: Manifest;
  tables: number;
  files: number;
}

export async function restore(options: { archive: string; target: Target; storage: MediaStorage; force?: boolean }): Promise<RestoreResult> {
  const staging = await mkdtemp(path.join(tmpdir(), "strideback-restore-"));
  try {
    await tar.extract({ file: options.archive, cwd: staging, strict: true });
    const manifest = readManifest(await readFile(path.join(staging, "manifest.json"), "utf8").catch(() => "{}"));
    await checkArchive(staging, manifest);
    assertKnownLevel({ applied: manifest.migrations.applied, latest: manifest.migrations.latest });
    if (manifest.engine !== options.target.engine) {
      throw new RestoreRefused(`This is a backup of the ${engineName(manifest.engine)}; it restores into the ${engineName(manifest.engine)} only (the target is the ${engineName(options.target.engine)}).`);
    }
    if (!options.force) await refuseNonEmpty(options.target, options.storage);

    const dumpFile = path.join(staging, manifest.database.file);
    const connection = options.target.engine === "postgres" ? await loadPostgres(options.target.databaseUrl, dumpFile, options.force) : await loadPglite(options.target.pgliteDir, dumpFile, options.force);
    try {
      const restored = await figuresOf(options.target, connection);
      const wrong = differences(manifest.tables, restored);
      if (wrong.length) throw new Error(`The restored database does not match the backup's manifest:\n  ${wrong.join("\n  ")}`);
      const files = await putMedia(staging, manifest, options.storage);
      await migrate(connection);
      return { manifest, tables: Object.keys(restored).length, files };
    } finally {
      await connection.close();
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The restored tables' figures, on one session (a pool would spread the snapshot's statements over several). */
function figuresOf(target: Target, connection: Connection) {
  if (target.engine === "postgres") return onPostgresSession(target.databaseUrl, (query) => inSnapshot(query, () => tableFigures(query)));
  const query = (text: string) => connection.executeSql(text);
  return inSnapshot(query, () => tableFigures(query));
}

const engineName = (engine: Target["engine"]) => (engine === "postgres" ? "PostgreSQL database" : "embedded (PGlite) database");

/** Every file the manifest names is in the archive with its size and hash: a damaged archive changes nothing. */
async function checkArchive(staging: string, manifest: Manifest) {
  const damaged: string[] = [];
  const digest = await fileDigest(path.join(staging, manifest.database.file)).catch(() => null);
  if (digest?.sha256 !== manifest.database.sha256) damaged.push(manifest.database.file);
  for (const [key, expected] of Object.entries(manifest.media.files)) {
    const got = await fileDigest(path.join(staging, "media", ...key.split("/"))).catch(() => null);
    if (got?.sha256 !== expected.sha256) damaged.push(`media/${key}`);
  }
  if (damaged.length) throw new RestoreRefused(`The archive is damaged: ${damaged.join(", ")} do(es) not match the manifest. Nothing was restored.`);
}

async function refuseNonEmpty(target: Target, storage: MediaStorage) {
  const tables = target.engine === "postgres" ? await onPostgresSession(target.databaseUrl, countTables) : await pgliteTables(target.pgliteDir);
  const files = (await storage.list()).length;
  const held = [tables ? `the database already holds ${tables} table(s)` : "", files ? `the media store already holds ${files} file(s)` : ""].filter(Boolean);
  if (held.length) throw new RestoreRefused(`Refusing to restore: ${held.join(" and ")}. Restore into an empty database and media store, or pass --force to replace what is there.`);
}

async function countTables(query: (text: string) => Promise<{ rows: unknown[] }>): Promise<number> {
  const [row] = (await query(`select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`)).rows as [{ n: number }];
  return row.n;
}

async function pgliteTables(pgliteDir: string): Promise<number> {
  const entries = await readdir(pgliteDir).catch(() => [] as string[]);
  if (entries.filter((name) => name !== "strideback.lock").length === 0) return 0;
  const connection = await openPglite(pgliteDir);
  try {
    return await countTables((text) => connection.executeSql(text));
  } finally {
    await connection.close();
  }
}

async function loadPostgres(databaseUrl: string, dumpFile: string, force = false): Promise<Connection> {
  const { url, env } = splitPassword(databaseUrl);
  // Told to replace: StrideBack's schemas go first (pg_restore's own --clean trips over the job queue's
  // partitioned tables). The archive has been checked whole by now.
  if (force) await onPostgresSession(databaseUrl, (query) => query("drop schema if exists pgboss, drizzle, public cascade; create schema public"));
  // One transaction: a load that fails part-way leaves the database as it was.
  await runTool("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${url}`, dumpFile], env);
  return connect({ databaseUrl });
}

async function loadPglite(pgliteDir: string, dumpFile: string, force = false): Promise<Connection> {
  if (force) await rm(pgliteDir, { recursive: true, force: true });
  return openPglite(pgliteDir, new Blob([new Uint8Array(await readFile(dumpFile))]));
}

async function putMedia(staging: string, manifest: Manifest, storage: MediaStorage): Promise<number> {
  const keys = Object.keys(manifest.media.files);
  for (const key of keys) await storage.put(key, await readFile(path.join(staging, "media", ...key.split("/"))), "application/octet-stream");
  return keys.length;
}
