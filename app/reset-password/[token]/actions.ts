"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { signIn } from "@/auth";
import { redeemLink } from "@/lib/auth/link-attempt";
import { resetPassword } from "@/lib/data/password-reset";
import { invalid } from "@/lib/form-result";
import { waitWords } from "@/lib/i18n/wait";
import { passwordSchema } from "@/lib/validation/clinic";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/** Sets the new password (every session of the account ends), then signs in on this device. */
export async function resetPasswordAction(token: string, _: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(readForm(formData), passwordSchema);
  if (!parsed.success) return await invalid(parsed.error, {});
  const result = await redeemLink(() => resetPassword(token, parsed.data.password));
  const t = await getTranslations("links");
  if (result.status === "throttled") return { message: t("tooManyAttempts", { wait: waitWords(await getLocale(), result.retryAfterSeconds) }) };
  if (result.status !== "valid") return { message: t(`problems.${result.status}`) };
  await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: "/" });
  return {};
}
