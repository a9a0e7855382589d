"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/auth";
import { signInSchema } from "@/lib/validation/auth";

export interface SignInState {
  error?: string;
  email?: string;
}

// One message for a wrong email and a wrong password, so the form does not reveal who has an account.
const WRONG_CREDENTIALS = "That email and password do not match an account.";

/** Said the same whether or not the email has an account: the pause applies to any email tried. */
function waitMessage(seconds: number) {
  const wait = seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many sign-in attempts. For your security, sign-in is paused: try again in ${wait}.`;
}

export async function signInAction(_: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { error: WRONG_CREDENTIALS, email };
  try {
    // "/" sends each role to its own home.
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
    return {};
  } catch (error) {
    const throttled = error instanceof CredentialsSignin && /^throttled-(\d+)$/.exec(error.code);
    if (throttled) return { error: waitMessage(Number(throttled[1])), email };
    if (error instanceof AuthError) return { error: WRONG_CREDENTIALS, email };
    throw error; // the redirect after a successful sign-in
  }
}
