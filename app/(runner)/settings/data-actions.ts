"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { closeAccount } from "@/lib/data/closure";
import { requestDataExport } from "@/lib/data/data-exports";
import { attempt } from "@/lib/form-result";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";
import { closeOwnAccountSchema } from "@/lib/validation/lifecycle";

/** "Download my data": the runner's own archive, built in the background. */
export async function requestOwnDataExportAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, z.object({})), (actor) => requestDataExport(actor, actor.id));
  if (!result.ok) return result.state;
  revalidatePath("/settings");
  return { message: (await getTranslations("done"))("archiveAsked") };
}

/** The runner closes their own account, confirming with their password; they are signed out everywhere. */
export async function closeOwnAccountAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  // The password is never sent back to the form.
  const { password: _password, ...values } = read.values;
  const result = await attempt(values, parseForm(read, closeOwnAccountSchema), (actor, input) => closeAccount(actor, actor.id, { password: input.password }));
  if (!result.ok) return result.state;
  redirect("/login?closed=1");
}
