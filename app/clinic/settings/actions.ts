"use server";

import { getTranslations } from "next-intl/server";
import { saveClinicianReminders } from "@/lib/data/reminders";
import { attempt } from "@/lib/form-result";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";
import { clinicianRemindersSchema } from "@/lib/validation/reminders";

/** The clinician's daily digest and email alerts; a switch left unticked is off. */
export async function saveClinicianRemindersAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, clinicianRemindersSchema), saveClinicianReminders);
  if (!result.ok) return result.state;
  return { values: read.values, message: (await getTranslations("done"))("emailsSet") };
}
