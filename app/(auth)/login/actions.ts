"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { signInSchema } from "@/lib/validation/auth";

export interface SignInState {
  error?: string;
  email?: string;
}

// One message for a wrong email and a wrong password, so the form does not reveal who has an account.
const WRONG_CREDENTIALS = "That email and password do not match an account.";

export async function signInAction(_: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { error: WRONG_CREDENTIALS, email };
  try {
    // "/" sends each role to its own home.
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
    return {};
  } catch (error) {
    if (error instanceof AuthError) return { error: WRONG_CREDENTIALS, email };
    throw error; // the redirect after a successful sign-in
  }
}
