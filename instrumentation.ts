/*
 * Runs once when a server starts, before it says it is ready. The work lives in a Node.js-only module
 * (lib/startup.ts): this file is also compiled for the Edge runtime, which has no process.exit.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareServer } = await import("@/lib/startup");
  await prepareServer();
}

/** Errors while rendering or in actions: one structured line, without the query's parameters. */
export async function onRequestError(error: unknown, request: { path: string; method: string }) {
  const [{ log, routeForLog }, { isConnectionError, markDatabaseDown }] = await Promise.all([import("@/lib/log"), import("@/db/health")]);
  if (isConnectionError(error)) markDatabaseDown();
  log.error({ err: error, route: routeForLog(request.path), method: request.method }, "request failed");
}
