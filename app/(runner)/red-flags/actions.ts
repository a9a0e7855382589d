"use server";

import { saved } from "@/lib/saved";
import { submitEntry } from "@/lib/submit-entry";
import type { FormState } from "@/lib/validation/form-state";

/*
 * Red-flag answers from the runner. Like every log, safe to repeat: the form's client id stores one row.
 */

export async function reportWorryAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await submitEntry("worry", formData);
  return result.ok ? saved(result.next) : result.state;
}
