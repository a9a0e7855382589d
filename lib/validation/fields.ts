import { z } from "zod";
import { isIsoDate } from "@/lib/dates";

/*
 * Field schemas for FormData, where every value arrives as a string, or not at all (`formData.get()` gives
 * null for an omitted field). An omitted, empty or blank field is "missing", never coerced to 0: a blank
 * pain score must not be stored as "no pain".
 */
export const blankToUndefined = (value: unknown) => (value == null || (typeof value === "string" && value.trim() === "") ? undefined : value);

/* Control characters (NUL and the like) have no place in what a person types; PostgreSQL refuses NUL outright. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const stripControlCharacters = (text: string) => text.replace(new RegExp(CONTROL.source, "g"), "");
const CONTROL_CHARACTERS = "Remove the invisible control characters from this text.";
/** Free text as a person types it: line breaks and tabs allowed, control characters refused. */
export const plainText = (missing = "Enter some text.") => z.string({ error: missing }).refine((t) => !CONTROL.test(t), CONTROL_CHARACTERS);

/** Calendar dates StrideBack accepts anywhere: the database's bounds (db/schema/columns), checked here first. */
import { EARLIEST_DATE, LATEST_DATE } from "@/db/schema/columns";
export { EARLIEST_DATE, LATEST_DATE };

export function wholeNumber(label: string, min: number, max: number, hint = "") {
  const range = `${label} is a whole number from ${min} to ${max}${hint}.`;
  // Missing is checked before coercion: z.coerce would turn a missing value into NaN and call it out of range.
  return z.preprocess(
    blankToUndefined,
    z
      .custom<unknown>((v) => v !== undefined, { error: `Enter ${label.toLowerCase()}.` })
      .pipe(z.coerce.number({ error: range }).int(range).min(min, range).max(max, range)),
  );
}

/** A 0-10 NPRS score. */
export const painScore = (label: string) => wholeNumber(label, 0, 10, " (0 no pain, 10 worst imaginable)");
export const rpeScore = () => wholeNumber("Effort", 0, 10, " (0 rest, 10 maximal)");
/** Morning stiffness is optional: pain is the 24-hour signal, and the morning form stays two taps long. */
export const stiffnessScore = () => z.preprocess(blankToUndefined, wholeNumber("Stiffness", 0, 10, " (0 none, 10 worst imaginable)").optional());
export const minutes = () => wholeNumber("Duration", 1, 1440, " minutes");
export const optionalCount = (label: string, max: number) =>
  z.preprocess(blankToUndefined, wholeNumber(label, 0, max).optional());

const DISTANCE = "Distance is a number from 0 to 300.";
/** A distance as typed, in the runner's unit (lib/units): the run's schema turns it into kilometres. */
export const distance = () =>
  z.preprocess(
    blankToUndefined,
    z
      .custom<unknown>((v) => v !== undefined, { error: "Enter the distance." })
      .pipe(z.coerce.number({ error: DISTANCE }).min(0, DISTANCE).max(300, DISTANCE)),
  );

export const calendarDate = () =>
  z
    .string({ error: "Enter a date." })
    .trim()
    .refine(isIsoDate, "Enter a real date (yyyy-mm-dd).")
    .refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, "Enter a date between 2000 and 2099.");

export const notes = () => plainText().trim().max(2000, "Notes are at most 2,000 characters.").default("");

/** A checkbox arrives as "on" or not at all. */
export const checkbox = () => z.preprocess((v) => v === "on" || v === "true" || v === "yes", z.boolean());

export const clientId = () => z.uuid("This form has expired: reload the page and try again.");

/** Turns a zod error into the { field: [messages] } shape the forms show beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}
