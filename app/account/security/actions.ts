"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/auth/current-actor";
import { confirmEnrolment, disableSecondFactor } from "@/lib/data/second-factor";
import { failed, invalid } from "@/lib/form-result";
import { secondFactorCodeSchema } from "@/lib/validation/clinic-admin";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/** Who is enrolling: a full sign-in, or one whose clinic requires enrolment before anything else. */
async function enrollingUser() {
  const who = await getSessionUser();
  if (!who || who.pendingStep === "verify") redirect("/login");
  return who;
}

export async function confirmEnrolmentAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const parsed = parseForm(read, secondFactorCodeSchema);
  if (!parsed.success) return await invalid(parsed.error, {});
  const who = await enrollingUser();
  try {
    const codes = await confirmEnrolment(who, read.values.sealedSecret ?? "", parsed.data.code);
    // No revalidation here: the page would redraw without this form, and the codes are shown only once.
    return { message: (await getTranslations("twoStep"))("turnedOn"), shown: codes };
  } catch (error) {
    return await failed(error, {});
  }
}

export async function disableSecondFactorAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(readForm(formData), secondFactorCodeSchema);
  if (!parsed.success) return await invalid(parsed.error, {});
  const who = await enrollingUser();
  if (who.pendingStep) redirect("/account/security");
  try {
    await disableSecondFactor(who, parsed.data.code);
  } catch (error) {
    return await failed(error, {});
  }
  revalidatePath("/account/security");
  return { message: (await getTranslations("twoStep"))("turnedOff") };
}
