"use server";

import { headers } from "next/headers";
import { signIn } from "@/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { gate, policies, recordFailure, throttleKey } from "@/lib/auth/throttle";
import { linkProblem } from "@/lib/data/account-tokens";
import { resetPassword } from "@/lib/data/password-reset";
import { invalid } from "@/lib/form-result";
import { passwordSchema } from "@/lib/validation/clinic";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/** Sets the new password (every session of the account ends), then signs in on this device. */
export async function resetPasswordAction(token: string, _: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(readForm(formData), passwordSchema);
  if (!parsed.success) return invalid(parsed.error, {});
  const key = throttleKey("invite", clientAddress(await headers()));
  const g = await gate(key, policies.invite());
  if (g.blocked) return { message: `Too many attempts from this connection. Try again in ${Math.ceil(g.retryAfterSeconds / 60)} minutes.` };
  const result = await resetPassword(token, parsed.data.password);
  if (result.status !== "valid") {
    await recordFailure(key, policies.invite());
    return { message: linkProblem[result.status] };
  }
  await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: "/" });
  return {};
}
