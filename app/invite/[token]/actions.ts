"use server";

import { z } from "zod";
import { headers } from "next/headers";
import { signIn } from "@/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { gate, policies, recordFailure, throttleKey } from "@/lib/auth/throttle";
import { acceptInvite } from "@/lib/data/invites";
import { invalid } from "@/lib/form-result";
import { passwordSchema, timeZone } from "@/lib/validation/clinic";
import type { FormState } from "@/lib/validation/form-state";
import { inviteProblem } from "./problems";

export async function acceptInviteAction(token: string, _: FormState, formData: FormData): Promise<FormState> {
  const values = { password: String(formData.get("password") ?? ""), confirm: String(formData.get("confirm") ?? ""), timeZone: String(formData.get("timeZone") ?? "") };
  const parsed = passwordSchema.and(z.object({ timeZone: timeZone() })).safeParse(values);
  // The passwords are never sent back to the form; the chosen zone is.
  if (!parsed.success) return invalid(parsed.error, { timeZone: values.timeZone });
  // Guessing invite tokens is throttled per address, like sign-in: a blocked address is refused first.
  const key = throttleKey("invite", clientAddress(await headers()));
  const g = await gate(key, policies.invite());
  if (g.blocked) return { message: `Too many attempts from this connection. Try again in ${Math.ceil(g.retryAfterSeconds / 60)} minutes.`, values: { timeZone: values.timeZone } };
  const result = await acceptInvite(token, parsed.data.password, parsed.data.timeZone);
  if (result.status !== "valid") {
    await recordFailure(key, policies.invite());
    return { message: inviteProblem[result.status] };
  }
  // Signed in straight away, onto today's page.
  await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: "/today" });
  return {};
}
