import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Figures } from "./figures";

/*
 * manifest.json, the first file of every backup archive: what the archive holds and how to check it.
 * A restore refuses an archive whose files do not match it, and compares the restored tables with it.
 */
export const MANIFEST_FORMAT = "strideback-backup/1";

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  createdAt: string;
  app: { version: string; revision: string };
  /** Which engine the dump is of: a PostgreSQL custom-format dump, or PGlite's own data-folder dump. */
  engine: "postgres" | "pglite";
  /** The schema's migration level when the dump was taken (db/migrate.ts). */
  migrations: { applied: number; latest: number | null; tag: string | null };
  database: { file: string; bytes: number; sha256: string };
  tables: Figures;
  media: { store: string; files: Record<string, { bytes: number; sha256: string }> };
}

export async function fileDigest(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest("hex") };
}

export function readManifest(text: string): Manifest {
  const manifest = JSON.parse(text) as Manifest;
  if (manifest?.format !== MANIFEST_FORMAT) throw new Error(`Not a StrideBack backup (manifest format ${JSON.stringify(manifest?.format)}, expected ${MANIFEST_FORMAT}).`);
  return manifest;
}
