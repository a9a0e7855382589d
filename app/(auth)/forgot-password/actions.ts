"use server";

import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { waitWords } from "@/lib/i18n/wait";
import { clientAddress } from "@/lib/auth/client-address";
import { requestPasswordReset } from "@/lib/data/password-reset";
import { failed, invalid } from "@/lib/form-result";
import { forgotPasswordSchema } from "@/lib/validation/clinic-admin";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

export async function forgotPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const t = await getTranslations("links");
  const parsed = parseForm(read, forgotPasswordSchema);
  if (!parsed.success) return await invalid(parsed.error, read.values);
  try {
    const result = await requestPasswordReset(parsed.data.email, clientAddress(await headers()));
    if (result.status === "throttled") return { message: t("resetPaused", { wait: waitWords(await getLocale(), result.retryAfterSeconds) }), values: read.values };
  } catch (error) {
    return await failed(error, read.values);
  }
  // The same answer whether or not the email has an account.
  return { message: t("resetSent"), values: read.values };
}
