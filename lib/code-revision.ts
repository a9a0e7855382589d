/*
 * Which release computed a kept judgement. The roster's summaries (runner_triage) and the "all" range's
 * series (runner_series) are caches of what the pain rules concluded; a release that changes how a session
 * or a runner is judged must not go on showing what the release before it concluded until the next entry
 * or the next day. next.config.ts sets this at build time to a hash of the server code (lib/ and db/), so
 * every release that could judge differently has a revision of its own. Scripts and tests run unbuilt code;
 * they name their revision in the environment, or share "unbuilt".
 */
export function codeRevision(): string {
  return process.env.STRIDEBACK_CODE_REVISION || "unbuilt";
}
