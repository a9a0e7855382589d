import { execFile } from "node:child_process";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "@/db";
import { knownMigrations } from "@/db/migrate";
import { localStorage } from "@/lib/media/storage";
import { type Figures, tableFigures } from "./figures";
import { inSnapshot, onPostgresSession, openPglite } from "./sources";

/*
 * `npm run backup` and `npm run restore`, as an operator runs them: the seeded demo clinic and a media
 * folder are backed up, restored into a fresh PostgreSQL cluster (and a fresh PGlite folder) and a fresh
 * media folder, and every table's figures and every file's hash are compared here, independently of the
 * restore's own check. PostgreSQL only, for the second cluster; the PGlite case runs beside it.
 */
const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), "strideback-backup-test-"));
let fresh: { dir: string; base: string };

async function npm(script: "backup" | "restore", args: string[], env: Record<string, string>) {
  try {
    const { stdout } = await run("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, said: stdout };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, said: `${stdout}${stderr}` };
  }
}

const mediaFolder = (name: string) => path.join(work, name);

/** Files under the keys the app writes: exercise photos and videos, run files. */
async function fillMedia(dir: string) {
  const store = localStorage(dir);
  await store.put(`exercise/${randomUUID()}/photo-640.webp`, randomBytes(180_000), "image/webp");
  await store.put(`exercise/${randomUUID()}/video`, randomBytes(40_000), "video/mp4");
  await store.put(`run-files/${randomUUID()}/${"a".repeat(64)}.fit`, randomBytes(9_000), "application/octet-stream");
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash("sha256").update(readFileSync(file)).digest("hex");
  }
  return out;
}

const postgresFigures = (url: string): Promise<Figures> => onPostgresSession(url, (query) => inSnapshot(query, () => tableFigures(query)));

async function pgliteFigures(dir: string): Promise<Figures> {
  const connection = await openPglite(dir);
  try {
    const query = (text: string) => connection.executeSql(text);
    return await inSnapshot(query, () => tableFigures(query));
  } finally {
    await connection.close();
  }
}

const archiveIn = (dir: string) => path.join(dir, readdirSync(dir).find((name) => name.endsWith(".tar"))!);

beforeAll(async () => {
  const { stdout } = await run("bash", ["scripts/pg-cluster.sh", "start"]);
  const [dir, base] = stdout.trim().split(" ");
  fresh = { dir: dir!, base: base! };
}, 60_000);

afterAll(async () => {
  await run("bash", ["scripts/pg-cluster.sh", "stop", fresh.dir]).catch(() => {});
  rmSync(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("brings the demo clinic and its media back into a fresh PostgreSQL cluster, identical, and refuses to restore over it", async () => {
    const name = `backup_source_${randomUUID().slice(0, 8)}`;
    const admin = await connect({ databaseUrl: process.env.DATABASE_URL });
    await admin.executeSql(`create database ${name}`);
    await admin.close();
    const source = process.env.DATABASE_URL!.replace(/\/[^/]*$/, `/${name}`);
    await run("npx", ["tsx", "scripts/seed.ts"], { env: { ...process.env, DATABASE_URL: source } });
    const sourceMedia = mediaFolder("pg-source-media");
    await fillMedia(sourceMedia);
    const archives = await mkdtemp(path.join(work, "archives-"));

    const backedUp = await npm("backup", ["--out", archives], { DATABASE_URL: source, STRIDEBACK_MEDIA_DIR: sourceMedia });
    expect(backedUp.said).toMatch(/Backed up \d+ tables .* and 3 media files/);

    const target = `${fresh.base}/postgres`;
    const targetMedia = mediaFolder("pg-target-media");
    const restored = await npm("restore", [archiveIn(archives)], { DATABASE_URL: target, STRIDEBACK_MEDIA_DIR: targetMedia });
    expect(restored.code).toBe(0);

    const before = await postgresFigures(source);
    const after = await postgresFigures(target);
    // The restore then applied this code's migrations: drizzle's record may only have grown.
    const { "drizzle.__drizzle_migrations": migrations, ...restoredTables } = after;
    const { "drizzle.__drizzle_migrations": migrationsBefore, ...sourceTables } = before;
    expect(restoredTables).toEqual(sourceTables);
    expect(Object.keys(sourceTables).length).toBeGreaterThan(30);
    expect(sourceTables["public.session_logs"]!.rows).toBeGreaterThan(100);
    expect(migrations!.rows).toBe(knownMigrations().length);
    expect(migrationsBefore!.rows).toBe(knownMigrations().length);
    expect(hashes(targetMedia)).toEqual(hashes(sourceMedia));

    const again = await npm("restore", [archiveIn(archives)], { DATABASE_URL: target, STRIDEBACK_MEDIA_DIR: mediaFolder("empty-media") });
    expect(again.code).not.toBe(0);
    expect(again.said).toContain("Refusing to restore: the database already holds");
    expect(again.said).toContain("pass --force");
    // Refused means untouched.
    expect(await postgresFigures(target)).toEqual(after);
  }, 120_000);

  it("does the same for the embedded database with PGlite's own dump, and refuses a damaged archive", async () => {
    const sourceDir = path.join(work, "pglite-source");
    await run("npx", ["tsx", "scripts/seed.ts"], { env: { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: sourceDir } });
    const sourceMedia = mediaFolder("pglite-source-media");
    await fillMedia(sourceMedia);
    const archives = await mkdtemp(path.join(work, "archives-"));
    const backedUp = await npm("backup", ["--out", archives], { DATABASE_URL: "", PGLITE_DATA_DIR: sourceDir, STRIDEBACK_MEDIA_DIR: sourceMedia });
    expect(backedUp.code).toBe(0);

    // A damaged copy (one media file altered) is refused before anything is written.
    const damaged = path.join(work, "damaged");
    mkdirSync(damaged);
    await tar.extract({ file: archiveIn(archives), cwd: damaged });
    const photo = readdirSync(path.join(damaged, "media"), { recursive: true, withFileTypes: true }).find((e) => e.isFile() && e.name.endsWith(".webp"))!;
    writeFileSync(path.join(photo.parentPath, photo.name), "not the photo");
    const damagedArchive = path.join(work, "damaged.tar");
    await tar.create({ file: damagedArchive, cwd: damaged }, readdirSync(damaged));
    const targetDir = path.join(work, "pglite-target");
    const targetMedia = mediaFolder("pglite-target-media");
    const refused = await npm("restore", [damagedArchive], { DATABASE_URL: "", PGLITE_DATA_DIR: targetDir, STRIDEBACK_MEDIA_DIR: targetMedia });
    expect(refused.code).not.toBe(0);
    expect(refused.said).toMatch(/The archive is damaged: media\/exercise\/.*photo-640\.webp/);

    const restored = await npm("restore", [archiveIn(archives)], { DATABASE_URL: "", PGLITE_DATA_DIR: targetDir, STRIDEBACK_MEDIA_DIR: targetMedia });
    expect(restored.code).toBe(0);
    expect(await pgliteFigures(targetDir)).toEqual(await pgliteFigures(sourceDir));
    expect(hashes(targetMedia)).toEqual(hashes(sourceMedia));

    const again = await npm("restore", [archiveIn(archives)], { DATABASE_URL: "", PGLITE_DATA_DIR: targetDir, STRIDEBACK_MEDIA_DIR: mediaFolder("none") });
    expect(again.said).toContain("Refusing to restore: the database already holds");
  }, 180_000);
});
