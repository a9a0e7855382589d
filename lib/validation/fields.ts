import { z } from "zod";
import { isIsoDate } from "@/lib/dates";
import { said } from "@/lib/i18n/said";
import { inWords } from "@/lib/i18n/say";
import type { Locale } from "@/lib/i18n/locales";
import { phrase } from "@/lib/rules/phrase";

/*
 * Field schemas for FormData, where every value arrives as a string, or not at all (`formData.get()` gives
 * null for an omitted field). An omitted, empty or blank field is "missing", never coerced to 0: a blank
 * pain score must not be stored as "no pain".
 */
export const blankToUndefined = (value: unknown) => (value == null || (typeof value === "string" && value.trim() === "") ? undefined : value);

/* Control characters (NUL and the like) have no place in what a person types; PostgreSQL refuses NUL outright. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const stripControlCharacters = (text: string) => text.replace(new RegExp(CONTROL.source, "g"), "");
const CONTROL_CHARACTERS = said("controlCharacters");
/** Free text as a person types it: line breaks and tabs allowed, control characters refused. */
export const plainText = (missing = said("enterText")) => z.string({ error: missing }).refine((t) => !CONTROL.test(t), CONTROL_CHARACTERS);

/** Calendar dates StrideBack accepts anywhere: the database's bounds (db/schema/columns), checked here first. */
import { EARLIEST_DATE, LATEST_DATE } from "@/db/schema/columns";
export { EARLIEST_DATE, LATEST_DATE };

/** A number field as the refusals name it (refusals.field in the message files); `n` numbers an activity. */
export type FieldName =
  | "painDuring" | "painAfter" | "effort" | "stiffness" | "duration" | "sets" | "reps" | "hold" | "exercisePain" | "morningPain" | "activityRating" | "rating" | "usualPain" | "retention"
  | "interval" | "distanceMetres" | "daysPerWeek" | "timesPerDay" | "walkMinutes" | "runMinutes" | "repeats";
/** A text field as the refusals name it (refusals.textField). */
export type TextField =
  | "runnerName" | "planTitle" | "exerciseName" | "instructions" | "note" | "dischargeReason" | "clinicName" | "yourName" | "colleagueName"
  | "goal" | "notes" | "changeNote" | "cues" | "doseNotes" | "reason" | "templateName" | "altText";
/** What the numbers of a scale mean, said after its range (refusals.wholeNumber). */
export type Scale = "pain" | "effort" | "stiffness" | "minutes" | "psfs" | "groc" | "years" | "none";

export function wholeNumber(field: FieldName, min: number, max: number, scale: Scale = "none", n = 0) {
  const range = said("wholeNumber", { field: phrase("refusals.fieldStart", { field, n }), min, max, scale });
  // Missing is checked before coercion: z.coerce would turn a missing value into NaN and call it out of range.
  return z.preprocess(
    blankToUndefined,
    z
      .custom<unknown>((v) => v !== undefined, { error: said("enter", { field: phrase("refusals.field", { field, n }) }) })
      .pipe(z.coerce.number({ error: range }).int(range).min(min, range).max(max, range)),
  );
}

/** A 0-10 NPRS score. */
export const painScore = (field: FieldName) => wholeNumber(field, 0, 10, "pain");
export const rpeScore = () => wholeNumber("effort", 0, 10, "effort");
/** Morning stiffness is optional: pain is the 24-hour signal, and the morning form stays two taps long. */
export const stiffnessScore = () => z.preprocess(blankToUndefined, wholeNumber("stiffness", 0, 10, "stiffness").optional());
export const minutes = () => wholeNumber("duration", 1, 1440, "minutes");
/** A whole number a form may leave blank. */
export const optionalNumber = (field: FieldName, min: number, max: number) => z.preprocess(blankToUndefined, wholeNumber(field, min, max).optional());
export const optionalCount = (field: FieldName, max: number) => optionalNumber(field, 0, max);

const DISTANCE = said("distance");
/** A distance as typed, in the runner's unit (lib/units): the run's schema turns it into kilometres. */
export const distance = () =>
  z.preprocess(
    blankToUndefined,
    z
      .custom<unknown>((v) => v !== undefined, { error: said("enterDistance") })
      .pipe(z.coerce.number({ error: DISTANCE }).min(0, DISTANCE).max(300, DISTANCE)),
  );

export const calendarDate = () =>
  z
    .string({ error: said("enterDate") })
    .trim()
    .refine(isIsoDate, said("realDate"))
    .refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, said("dateRange"));

/** "The goal is at most 300 characters.", in the reader's words. */
export const textLength = (field: TextField, max: number) => said("textLength", { field: phrase("refusals.textFieldStart", { field }), max });
/** Text a form needs: missing or blank is "Enter the runner's name.", too long is said with its limit. */
export const requiredText = (field: TextField, max: number) => {
  const missing = said("enter", { field: phrase("refusals.textField", { field }) });
  return plainText(missing).trim().min(1, missing).max(max, textLength(field, max));
};
/** Text a form may leave blank (stored as ""). */
export const optionalText = (field: TextField, max: number) => plainText().trim().max(max, textLength(field, max)).default("");

export const notes = () => plainText().trim().max(2000, said("notesLength")).default("");

/** A checkbox arrives as "on" or not at all. */
export const checkbox = () => z.preprocess((v) => v === "on" || v === "true" || v === "yes", z.boolean());

export const clientId = () => z.uuid(said("expired"));

/** A zod error keyed by each issue's whole path ("items.0.sets"), for forms that post nested JSON, in the reader's words. */
export function pathErrors(error: z.ZodError, locale: Locale = "en"): Record<string, string[]> {
  return Object.fromEntries(error.issues.map((i) => [i.path.join(".") || "form", [inWords(i.message, locale)]]));
}

/** Turns a zod error into the { field: [messages] } shape the forms show beside each field, in the reader's words. */
export function fieldErrors(error: z.ZodError, locale: Locale = "en"): Record<string, string[]> {
  const errors = z.flattenError(error).fieldErrors as Record<string, string[]>;
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages.map((m) => inWords(m, locale))]));
}
