"use server";

import { headers } from "next/headers";
import { signIn } from "@/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { gate, policies, recordFailure, throttleKey } from "@/lib/auth/throttle";
import { linkProblem } from "@/lib/data/account-tokens";
import { joinClinic } from "@/lib/data/colleagues";
import { invalid } from "@/lib/form-result";
import { passwordSchema } from "@/lib/validation/clinic";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/** A colleague's invite: choose a password, then straight onto the clinic's pages. */
export async function joinClinicAction(token: string, _: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(readForm(formData), passwordSchema);
  if (!parsed.success) return invalid(parsed.error, {});
  // Guessing links is throttled per address, as for runners' invites.
  const key = throttleKey("invite", clientAddress(await headers()));
  const g = await gate(key, policies.invite());
  if (g.blocked) return { message: `Too many attempts from this connection. Try again in ${Math.ceil(g.retryAfterSeconds / 60)} minutes.` };
  const result = await joinClinic(token, parsed.data.password);
  if (result.status !== "valid") {
    await recordFailure(key, policies.invite());
    return { message: linkProblem[result.status] };
  }
  await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: "/" });
  return {};
}
