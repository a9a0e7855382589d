import { writeFileSync } from "node:fs";
import path from "node:path";
import { REVISION_FILE } from "../lib/code-revision";
import { sourceHash } from "../lib/source-hash";

/*
 * `npm run build`, after `next build`: writes the release's code revision into the build's output, where
 * the server, the worker, the scripts and the bench all read it (lib/code-revision.ts).
 */
const root = path.join(import.meta.dirname, "..");
const revision = sourceHash(root);
writeFileSync(path.join(root, REVISION_FILE), `${revision}\n`);
console.log(`Code revision ${revision} written to ${REVISION_FILE}.`);
