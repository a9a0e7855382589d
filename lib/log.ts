import pino from "pino";

/*
 * One structured logger for the server: JSON lines on stdout. What it must never hold is patient data, so
 * errors go through `safeError`: a failed query's message carries its SQL and parameters (pain scores,
 * notes, names, emails), and PostgreSQL's `detail` repeats the failing row; neither is logged. What stays
 * is enough to act on: the error's type, PostgreSQL's code, the constraint and table, the first stack frames.
 */
interface PgLike {
  name?: string;
  message?: string;
  code?: string;
  constraint?: string;
  table?: string;
  cause?: unknown;
  stack?: string;
}

export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as PgLike;
  const cause = (e.cause instanceof Error ? e.cause : null) as PgLike | null;
  const pg = cause?.code ? cause : e.code ? e : null;
  // Drizzle's own message is "Failed query: <sql> params: <values>": keep only the database's reason.
  const message = pg && pg !== e ? pg.message : /^Failed query:/.test(e.message ?? "") ? "query failed" : e.message;
  return {
    type: e.name,
    message: message?.split("\n")[0]?.slice(0, 300),
    code: pg?.code,
    constraint: pg?.constraint,
    table: pg?.table,
    stack: e.stack?.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("at ")).slice(0, 3),
  };
}

export const log = pino({
  // A line per request belongs in a server's log, not in a developer's terminal.
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "development" ? "warn" : "info"),
  base: { app: "strideback" },
  serializers: { err: safeError },
  // Belt and braces: fields that could carry personal data are never printed, whoever logs them.
  redact: { paths: ["email", "name", "notes", "body", "password", "*.email", "*.name", "*.notes", "*.password", "params"], censor: "[redacted]" },
});

/** A path as the request log may keep it: the secret in a one-time link's path is never written down. */
export function routeForLog(path: string): string {
  return path.split("?")[0]!.replace(/^\/(setup|join|reset-password|invite)\/[^/]+/, "/$1/[token]");
}
