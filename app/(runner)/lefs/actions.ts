"use server";

import { saveLefs } from "@/lib/data/lefs";
import { attempt } from "@/lib/form-result";
import { saved } from "@/lib/saved";
import { lefsResponseSchema } from "@/lib/validation/lefs";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

export async function saveLefsAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, lefsResponseSchema), saveLefs, { retrySafe: true });
  if (!result.ok) return result.state;
  return saved(`/progress?lefs=${result.value.total}#lefs`);
}
