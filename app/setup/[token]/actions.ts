"use server";

import { signIn } from "@/auth";
import { getTranslations } from "next-intl/server";
import { completeSetup } from "@/lib/data/clinic";
import { failed, invalid } from "@/lib/form-result";
import { clinicSetupSchema } from "@/lib/validation/clinic-admin";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/** Creates the clinic and its first admin, then signs the admin in. The token is the only credential. */
export async function setupClinicAction(token: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const { password: _p, confirm: _c, ...kept } = read.values;
  const parsed = parseForm(read, clinicSetupSchema);
  if (!parsed.success) return await invalid(parsed.error, kept);
  let result;
  try {
    result = await completeSetup(token, parsed.data);
  } catch (error) {
    return await failed(error, kept);
  }
  const t = await getTranslations("links");
  if (result.status !== "valid") return { message: result.status === "used" ? t("alreadySetUp") : t(`problems.${result.status}`), values: kept };
  await signIn("credentials", { email: parsed.data.adminEmail, password: parsed.data.password, redirectTo: "/clinic/team" });
  return {};
}
