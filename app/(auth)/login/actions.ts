"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { waitWords } from "@/lib/i18n/wait";
import { signIn } from "@/auth";
import { signInSchema } from "@/lib/validation/auth";

export interface SignInState {
  error?: string;
  email?: string;
}

export async function signInAction(_: SignInState, formData: FormData): Promise<SignInState> {
  const t = await getTranslations("signIn");
  // One message for a wrong email and a wrong password, so the form does not reveal who has an account.
  const wrong = t("wrong");
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { error: wrong, email };
  try {
    // "/" sends each role to its own home.
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
    return {};
  } catch (error) {
    const throttled = error instanceof CredentialsSignin && /^throttled-(\d+)$/.exec(error.code);
    // Said the same whether or not the email has an account: the pause applies to any email tried.
    if (throttled) return { error: t("paused", { wait: waitWords(await getLocale(), Number(throttled[1])) }), email };
    if (error instanceof AuthError) return { error: wrong, email };
    throw error; // the redirect after a successful sign-in
  }
}
