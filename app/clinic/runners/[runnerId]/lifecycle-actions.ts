"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { closeAccount } from "@/lib/data/closure";
import { requestDataExport } from "@/lib/data/data-exports";
import { attempt } from "@/lib/form-result";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";
import { closeRunnerAccountSchema, dataExportRequestSchema } from "@/lib/validation/lifecycle";

/*
 * A runner's data and account, from their page. The runner's id is bound by the page; lib/data checks again
 * that the actor may see the runner (a copy) or is an admin of their clinic (closing).
 */
export async function requestRunnerDataExportAction(runnerId: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, dataExportRequestSchema, { runnerId }), (actor, input) => requestDataExport(actor, input.runnerId));
  if (!result.ok) return result.state;
  revalidatePath(`/clinic/runners/${runnerId}`);
  return { message: (await getTranslations("done"))("archiveAskedClinician") };
}

export async function closeRunnerAccountAction(runnerId: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, closeRunnerAccountSchema, { ...read.values, runnerId }), (actor, input) => closeAccount(actor, input.runnerId));
  if (!result.ok) return result.state;
  revalidatePath(`/clinic/runners/${runnerId}`);
  return { message: (await getTranslations("done"))("accountClosedByClinic") };
}
