/*
 * Runs once when a server starts. In production it refuses to start unsafe: without the public URL that
 * invite links are built from, or with the demo accounts still holding their published password (unless
 * STRIDEBACK_DEMO=1 says this is a demo deployment).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  const { log } = await import("@/lib/log");
  const problems: string[] = [];
  if (!process.env.STRIDEBACK_PUBLIC_URL && !process.env.AUTH_URL) problems.push("STRIDEBACK_PUBLIC_URL is not set: invite links would have no trusted address.");
  if (process.env.STRIDEBACK_DEMO !== "1") {
    const { demoAccountsWithPublishedPassword } = await import("@/lib/auth/demo-guard");
    const exposed = await demoAccountsWithPublishedPassword();
    if (exposed > 0) problems.push(`${exposed} demo account(s) still use the published demo password. Remove them, or set STRIDEBACK_DEMO=1 for a demo deployment.`);
  }
  if (problems.length > 0) {
    for (const problem of problems) log.fatal({ event: "unsafe_start" }, problem);
    process.exit(1);
  }
}

/** Errors while rendering or in actions: one structured line, without the query's parameters. */
export async function onRequestError(error: unknown, request: { path: string; method: string }) {
  const [{ log }, { isConnectionError, markDatabaseDown }] = await Promise.all([import("@/lib/log"), import("@/db/health")]);
  if (isConnectionError(error)) markDatabaseDown();
  log.error({ err: error, route: request.path.split("?")[0], method: request.method }, "request failed");
}
