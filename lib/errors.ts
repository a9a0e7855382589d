/*
 * The failures the data layer reports on purpose, each with a code that callers compare (never the
 * message, which is written for people and may change): a form, a route handler and the offline outbox
 * all decide "show it on the field", "not found", or "send again later" from the code.
 */
export type ErrorCode = "not-found" | "invalid";

export abstract class CodedError extends Error {
  abstract readonly code: ErrorCode;
}

/** A row that does not exist and a row the actor may not see are the same thing: not found. */
export class NotFoundError extends CodedError {
  readonly code = "not-found";
  constructor(what: string) {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

/** A rule that needs the database to check (a date before the runner's start, say), reported on one field. */
export class InvalidFieldError extends CodedError {
  readonly code = "invalid";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "InvalidFieldError";
  }
}

export const isNotFound = (error: unknown): error is NotFoundError => error instanceof CodedError && error.code === "not-found";
