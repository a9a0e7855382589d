"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { requestPasswordReset } from "@/lib/data/password-reset";
import { failed, invalid } from "@/lib/form-result";
import { forgotPasswordSchema } from "@/lib/validation/clinic-admin";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/** The same answer whether or not the email has an account. */
const RESET_SENT = "If that email belongs to a StrideBack account, a link to choose a new password is on its way. It works once, for 30 minutes.";

export async function forgotPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const parsed = parseForm(read, forgotPasswordSchema);
  if (!parsed.success) return invalid(parsed.error, read.values);
  try {
    const result = await requestPasswordReset(parsed.data.email, clientAddress(await headers()));
    if (result.status === "throttled") {
      const wait = result.retryAfterSeconds < 90 ? `${result.retryAfterSeconds} seconds` : `${Math.ceil(result.retryAfterSeconds / 60)} minutes`;
      return { message: `Too many requests. For your security, password resets are paused: try again in ${wait}.`, values: read.values };
    }
  } catch (error) {
    return failed(error, read.values);
  }
  return { message: RESET_SENT, values: read.values };
}
