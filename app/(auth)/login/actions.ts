"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { signIn } from "@/auth";
import { signInSchema } from "@/lib/validation/auth";

export interface SignInState {
  error?: string;
  email?: string;
}

/** Said the same whether or not the email has an account: the pause applies to any email tried. */
function waitMessage(t: Awaited<ReturnType<typeof getTranslations<"signIn">>>, seconds: number) {
  const wait = seconds < 90 ? t("seconds", { count: seconds }) : t("minutes", { count: Math.ceil(seconds / 60) });
  return t("paused", { wait });
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
    if (throttled) return { error: waitMessage(t, Number(throttled[1])), email };
    if (error instanceof AuthError) return { error: wrong, email };
    throw error; // the redirect after a successful sign-in
  }
}
