import { parseArgs } from "node:util";
import { DEFAULT_PGLITE_DIR } from "@/db";
import { restore } from "@/lib/backup/restore";
import type { Target } from "@/lib/backup/sources";
import { getStorage, storeName } from "@/lib/media/storage";

// `npm run restore -- ARCHIVE [--force]`: into DATABASE_URL (or the embedded database) and the media store (docs/operations.md).
const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean", default: false } } });
const archive = positionals[0];
if (!archive) {
  console.error("Say which archive to restore: npm run restore -- path/to/strideback-….tar");
  process.exit(2);
}
const target: Target = process.env.DATABASE_URL ? { engine: "postgres", databaseUrl: process.env.DATABASE_URL } : { engine: "pglite", pgliteDir: process.env.PGLITE_DATA_DIR || DEFAULT_PGLITE_DIR };
try {
  const { manifest, tables, files } = await restore({ archive, target, storage: await getStorage(), force: values.force });
  console.log(`Restored ${tables} tables and ${files} media files from the backup of ${manifest.createdAt} (StrideBack ${manifest.app.version}); every table matches its manifest; media in ${storeName()}. Migrations are up to date.`);
} catch (error) {
  // A backup from a newer StrideBack says so in its own words (DatabaseAheadError); so does every other refusal.
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
