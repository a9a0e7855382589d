/*
 * Drizzle wraps driver errors; node-postgres and PGlite both put the PostgreSQL error, with its code and
 * constraint name, on `cause`. This finds it so callers can react to a specific rule of the schema.
 */
export interface PgErrorInfo {
  code?: string;
  constraint?: string;
}

export function pgErrorOf(error: unknown): PgErrorInfo | undefined {
  for (let e = error as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
      return { code: e.code, constraint: typeof e.constraint === "string" ? e.constraint : undefined };
    }
  }
  return undefined;
}

/** The name of the constraint a failed write violated, if that is why it failed. */
export function violatedConstraint(error: unknown): string | undefined {
  return pgErrorOf(error)?.constraint;
}
