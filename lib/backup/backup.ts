import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import * as tar from "tar";
import { knownMigrations, migrationLevel, type MigrationLevel } from "@/db/migrate";
import { codeRevision } from "@/lib/code-revision";
import type { MediaStorage } from "@/lib/media/storage";
import { type Figures, tableFigures } from "./figures";
import { fileDigest, MANIFEST_FORMAT, type Manifest } from "./manifest";
import { runTool } from "./postgres-tools";
import { inSnapshot, onPostgresSession, openPglite, splitPassword, type Target } from "./sources";

/*
 * `npm run backup`: one dated archive (tar) holding the database's dump, every file of the media store and
 * manifest.json. On PostgreSQL the figures and pg_dump read one exported snapshot, so the manifest
 * describes exactly the rows the dump holds, while the app goes on serving. The embedded database is
 * dumped with PGlite's own dumpDataDir, by a process that has its folder to itself (stop the server first).
 */
export const DATABASE_FILE = { postgres: "database.pgdump", pglite: "database.pglite.tar.gz" } as const;

export interface BackupResult {
  file: string;
  manifest: Manifest;
}

export async function backup(options: { target: Target; storage: MediaStorage; storeName: string; outDir: string; at?: Date }): Promise<BackupResult> {
  const at = options.at ?? new Date();
  const staging = await mkdtemp(path.join(tmpdir(), "strideback-backup-"));
  try {
    const dumpFile = path.join(staging, DATABASE_FILE[options.target.engine]);
    const { figures, level } = options.target.engine === "postgres" ? await dumpPostgres(options.target.databaseUrl, dumpFile) : await dumpPglite(options.target.pgliteDir, dumpFile);
    const media = await copyMedia(options.storage, path.join(staging, "media"));
    const known = knownMigrations();
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      createdAt: at.toISOString(),
      app: { version: await appVersion(), revision: codeRevision() },
      engine: options.target.engine,
      migrations: { ...level, tag: known.find((m) => m.when === level.latest)?.tag ?? null },
      database: { file: path.basename(dumpFile), ...(await fileDigest(dumpFile)) },
      tables: figures,
      media: { store: options.storeName, files: media },
    };
    await writeFile(path.join(staging, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    await mkdir(options.outDir, { recursive: true });
    const file = path.join(options.outDir, `strideback-${options.target.engine}-${at.toISOString().slice(0, 19).replaceAll(":", "-")}Z.tar`);
    await tar.create({ file, cwd: staging, portable: true }, ["manifest.json", path.basename(dumpFile), "media"]);
    return { file, manifest };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function dumpPostgres(databaseUrl: string, file: string): Promise<{ figures: Figures; level: MigrationLevel }> {
  return onPostgresSession(databaseUrl, (query) =>
    inSnapshot(query, async () => {
      // pg_dump joins this transaction's snapshot: the dump and the figures describe the same rows.
      const [{ snapshot }] = (await query("select pg_export_snapshot() as snapshot")).rows as [{ snapshot: string }];
      const figures = await tableFigures(query);
      const level = await migrationLevel(query);
      const { url, env } = splitPassword(databaseUrl);
      await runTool("pg_dump", ["--format=custom", `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${url}`], env);
      return { figures, level };
    }),
  );
}

async function dumpPglite(pgliteDir: string, file: string): Promise<{ figures: Figures; level: MigrationLevel }> {
  const connection = await openPglite(pgliteDir);
  try {
    const query = (text: string) => connection.executeSql(text);
    const read = await inSnapshot(query, async () => ({ figures: await tableFigures(query), level: await migrationLevel(query) }));
    const dump = await connection.dump!("gzip");
    await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
    return read;
  } finally {
    await connection.close();
  }
}

async function copyMedia(storage: MediaStorage, folder: string): Promise<Manifest["media"]["files"]> {
  await mkdir(folder, { recursive: true });
  const files: Manifest["media"]["files"] = {};
  for (const key of await storage.list()) {
    const stored = await storage.get(key);
    if (!stored) continue; // removed since it was listed: a file whose row is gone
    const target = path.join(folder, ...key.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await pipeline(Readable.fromWeb(stored.body as import("node:stream/web").ReadableStream), createWriteStream(target));
    files[key] = await fileDigest(target);
  }
  return files;
}

async function appVersion(): Promise<string> {
  const { version } = JSON.parse(await readFile(path.join(process.cwd(), "package.json"), "utf8")) as { version: string };
  return version;
}
