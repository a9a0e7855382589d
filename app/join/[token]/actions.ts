"use server";

import { signIn } from "@/auth";
import { redeemLink } from "@/lib/auth/link-attempt";
import { getLocale, getTranslations } from "next-intl/server";
import { waitWords } from "@/lib/i18n/wait";
import { joinClinic } from "@/lib/data/colleagues";
import { invalid } from "@/lib/form-result";
import { passwordSchema } from "@/lib/validation/clinic";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/** A colleague's invite: choose a password, then straight onto the clinic's pages. */
export async function joinClinicAction(token: string, _: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(readForm(formData), passwordSchema);
  if (!parsed.success) return await invalid(parsed.error, {});
  const result = await redeemLink(() => joinClinic(token, parsed.data.password));
  const t = await getTranslations("links");
  if (result.status === "throttled") return { message: t("tooManyAttempts", { wait: waitWords(await getLocale(), result.retryAfterSeconds) }) };
  if (result.status !== "valid") return { message: t(`problems.${result.status}`) };
  await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: "/" });
  return {};
}
