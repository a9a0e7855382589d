import { z } from "zod";
import { said } from "@/lib/i18n/said";

/*
 * The one way a posted form becomes an object for its schema. Every field is a string or absent (absent and
 * blank both mean "not entered", never 0: see fields.ts). A field that should appear once but was sent twice
 * is ambiguous, so it is refused beside that field rather than one copy silently winning.
 */
export interface ReadForm {
  /** One value per field, as typed: kept to refill the form after a refusal. */
  values: Record<string, string>;
  /** Every value of a field allowed to repeat (checkboxes, one id per row). */
  list: (name: string) => string[];
  repeated: string[];
}

export function readForm(formData: FormData, lists: readonly string[] = []): ReadForm {
  const values: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const [key, value] of formData) {
    // Next's own fields, and files (no log form takes one), are not the user's values.
    if (key.startsWith("$ACTION") || typeof value !== "string" || lists.includes(key)) continue;
    if (key in values) repeated.add(key);
    else values[key] = value;
  }
  const list = (name: string) => formData.getAll(name).filter((v): v is string => typeof v === "string");
  return { values, list, repeated: [...repeated] };
}

export const REPEATED_FIELD = said("sentTwice");

/** Parses what was read with the schema; a repeated field fails first, beside itself. */
export function parseForm<T>(read: ReadForm, schema: z.ZodType<T>, input: unknown = read.values): z.ZodSafeParseResult<T> {
  if (read.repeated.length > 0) {
    const error = new z.ZodError(read.repeated.map((field) => ({ code: "custom" as const, path: [field], message: REPEATED_FIELD, input: undefined })));
    return { success: false, error } as z.ZodSafeParseResult<T>;
  }
  return schema.safeParse(input);
}
