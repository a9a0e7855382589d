/*
 * Whether this process can reach its database, shared between the proxy and the app through globalThis
 * (both run in the one Node.js process of `next start`). Each instance learns it for itself: it is about
 * this instance's connection, not state that instances must agree on.
 */
const state = globalThis as unknown as { strideBackDbDownSince?: number; strideBackDbLastProbe?: number };

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);

/** A failure to reach PostgreSQL (refused, dropped, shutting down), as opposed to a query's own error. */
export function isConnectionError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: string }).code;
    if (code && CONNECTION_CODES.has(code)) return true;
    if (/Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(e.message)) return true;
  }
  return false;
}

/** Thrown where the session could not be checked because the database is down: fail closed, say why. */
export class DatabaseUnavailableError extends Error {
  code = "08006";
  constructor() {
    super("The database is unreachable");
    this.name = "DatabaseUnavailableError";
  }
}

type LostListener = (error: Error) => void;
const listeners = globalThis as unknown as { strideBackDbLostListeners?: LostListener[] };

/** Who hears of a dropped connection (the server's log): registered from above, so this layer imports no logger. */
export function onConnectionLost(listener: LostListener) {
  (listeners.strideBackDbLostListeners ??= []).push(listener);
}

export function connectionLost(error: Error) {
  markDatabaseDown();
  for (const listener of listeners.strideBackDbLostListeners ?? []) listener(error);
}

export function markDatabaseDown() {
  state.strideBackDbDownSince ??= Date.now();
}

export function markDatabaseUp() {
  state.strideBackDbDownSince = undefined;
}

/**
 * While the database is down, most requests are answered at once with 503; one request every two
 * seconds goes through as a probe, so the instance notices within seconds that the database is back.
 */
export function shouldRefuseForOutage(now = Date.now()): boolean {
  if (state.strideBackDbDownSince === undefined) return false;
  if (now - (state.strideBackDbLastProbe ?? 0) >= 2_000) {
    state.strideBackDbLastProbe = now;
    return false;
  }
  return true;
}
