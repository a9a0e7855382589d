"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { waitWords } from "@/lib/i18n/wait";
import { getSessionUser } from "@/lib/auth/current-actor";
import { verifySecondFactor } from "@/lib/data/second-factor";
import { failed, invalid } from "@/lib/form-result";
import { secondFactorCodeSchema } from "@/lib/validation/clinic-admin";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/** The second step of signing in: the session named by the cookie, a code from the form. */
export async function verifySecondFactorAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(readForm(formData), secondFactorCodeSchema);
  if (!parsed.success) return await invalid(parsed.error, {});
  const who = await getSessionUser();
  if (!who || who.pendingStep !== "verify") redirect("/");
  let result;
  try {
    result = await verifySecondFactor(who, parsed.data.code);
  } catch (error) {
    return await failed(error, {});
  }
  if (result !== "verified") return { message: (await getTranslations("links"))("tooManyCodes", { wait: waitWords(await getLocale(), result.retryAfterSeconds) }) };
  redirect("/");
}
