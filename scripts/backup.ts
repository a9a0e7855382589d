import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_PGLITE_DIR } from "@/db";
import { backup } from "@/lib/backup/backup";
import type { Target } from "@/lib/backup/sources";
import { getStorage, storeName } from "@/lib/media/storage";

// `npm run backup [-- --out DIR]`: one dated archive of the database (DATABASE_URL, or the embedded one) and the media store (docs/operations.md).
const { values } = parseArgs({ options: { out: { type: "string", default: path.join(".data", "backups") } } });
const target: Target = process.env.DATABASE_URL ? { engine: "postgres", databaseUrl: process.env.DATABASE_URL } : { engine: "pglite", pgliteDir: process.env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DIR };
try {
  const { file, manifest } = await backup({ target, storage: await getStorage(), storeName: storeName(), outDir: values.out });
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  console.log(`Backed up ${Object.keys(manifest.tables).length} tables (${rows} rows, migration level ${manifest.migrations.applied}) and ${Object.keys(manifest.media.files).length} media files to ${file}`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
