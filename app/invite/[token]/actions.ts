"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn } from "@/auth";
import { redeemLink } from "@/lib/auth/link-attempt";
import { waitWords } from "@/lib/i18n/wait";
import { acceptInvite } from "@/lib/data/invites";
import { invalid } from "@/lib/form-result";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { passwordSchema, timeZone } from "@/lib/validation/clinic";
import type { FormState } from "@/lib/validation/form-state";

export async function acceptInviteAction(token: string, _: FormState, formData: FormData): Promise<FormState> {
  const values = { password: String(formData.get("password") ?? ""), confirm: String(formData.get("confirm") ?? ""), timeZone: String(formData.get("timeZone") ?? ""), locale: String(formData.get("locale") ?? "") };
  // Answers in the language chosen on the form, or the browser's when the field was tampered with.
  const locale = isLocale(values.locale) ? values.locale : await getLocale();
  const [t, language] = await Promise.all([getTranslations({ locale, namespace: "invite" }), getTranslations({ locale, namespace: "language" })]);
  const parsed = passwordSchema.and(z.object({ timeZone: timeZone(), locale: z.enum(LOCALES, language("invalid")) })).safeParse(values);
  // The passwords are never sent back to the form; the chosen zone and language are.
  const kept = { timeZone: values.timeZone, locale: values.locale };
  if (!parsed.success) return await invalid(parsed.error, kept);
  const result = await redeemLink(() => acceptInvite(token, parsed.data.password, parsed.data.timeZone, parsed.data.locale));
  if (result.status === "throttled") return { message: (await getTranslations({ locale, namespace: "links" }))("tooManyAttempts", { wait: waitWords(locale, result.retryAfterSeconds) }), values: kept };
  if (result.status !== "valid") return { message: t(`problems.${result.status}`) };
  // Signed in straight away, onto today's page.
  await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: "/today" });
  return {};
}
