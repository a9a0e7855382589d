import { readFileSync } from "node:fs";
import path from "node:path";

/*
 * Which release computed a kept judgement. The roster's summaries (runner_triage) and the "all" range's
 * series (runner_series) are caches of what the pain rules concluded; a release that changes how a session
 * or a runner is judged must not go on showing what the release before it concluded until the next entry
 * or the next day. Every process of one release must therefore say the same revision, or each one that
 * refreshes a summary makes the others judge it all again.
 *
 * `npm run build` writes the revision (a hash of lib/ and db/, lib/source-hash.ts) into the build's
 * output, `.next/strideback-revision`, and every process of the release reads it from there: the server,
 * the worker, the scripts and the bench. STRIDEBACK_CODE_REVISION overrides it (`next dev` sets it to the
 * live source's hash, and tests name a release of their own); without either, the code is "unbuilt".
 */
export const REVISION_FILE = path.join(".next", "strideback-revision");

let fromBuild: string | null | undefined;

function builtRevision(): string | null {
  if (fromBuild !== undefined) return fromBuild;
  try {
    fromBuild = readFileSync(path.join(process.cwd(), REVISION_FILE), "utf8").trim() || null;
  } catch {
    fromBuild = null;
  }
  return fromBuild;
}

export function codeRevision(): string {
  return process.env.STRIDEBACK_CODE_REVISION || builtRevision() || "unbuilt";
}
