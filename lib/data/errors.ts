import "server-only";

/** A rule that needs the database to check (a date before the runner's start, say), reported on a field. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "FieldError";
  }
}
