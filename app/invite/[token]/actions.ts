"use server";

import { z } from "zod";
import { signIn } from "@/auth";
import { redeemLink } from "@/lib/auth/link-attempt";
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
  const result = await redeemLink(() => acceptInvite(token, parsed.data.password, parsed.data.timeZone));
  if (result.status === "throttled") return { message: result.message, values: { timeZone: values.timeZone } };
  if (result.status !== "valid") return { message: inviteProblem[result.status] };
  // Signed in straight away, onto today's page.
  await signIn("credentials", { email: result.email, password: parsed.data.password, redirectTo: "/today" });
  return {};
}
