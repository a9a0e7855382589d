"use server";

import { saved } from "@/lib/saved";
import { submitEntry } from "@/lib/submit-entry";
import type { FormState } from "@/lib/validation/form-state";

/** The runner's PSFS or GROC: parsed, authorized and stored once per client id by the one entry path. */
export async function saveMeasureAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await submitEntry("measure", formData);
  return result.ok ? saved(result.next) : result.state;
}
