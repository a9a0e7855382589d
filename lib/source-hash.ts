import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A hash of the server code that judges runners (lib/ and db/, tests left out), taken when next.config.ts
 * is read: the same source gives the same revision in every build process, a changed one a new revision
 * (lib/code-revision.ts says why it matters).
 */
export function sourceHash(root: string, folders = ["lib", "db"]): string {
  const hash = createHash("sha256");
  const files = folders
    .flatMap((folder) => readdirSync(join(root, folder), { recursive: true, encoding: "utf8" }).map((file) => join(folder, file)))
    .filter((file) => /\.(ts|tsx|sql)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .sort();
  for (const file of files) hash.update(file).update("\0").update(readFileSync(join(root, file))).update("\0");
  return hash.digest("hex").slice(0, 16);
}
