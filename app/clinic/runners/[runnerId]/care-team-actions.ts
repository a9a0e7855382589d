"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { addCover, endCover, handOverRunner } from "@/lib/data/handover";
import { attempt } from "@/lib/form-result";
import { clinicianIdSchema, coverSchema, handoverSchema } from "@/lib/validation/clinic-admin";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/*
 * Who looks after one runner. The runner's id is bound by the page; lib/data checks again that the actor
 * may see the runner and that the colleague is an active clinician of the same clinic.
 */
const runnerId = z.uuid();

export async function handOverRunnerAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, handoverSchema.extend({ runnerId }), { ...read.values, runnerId: id }), (actor, input) => handOverRunner(actor, input.runnerId, input.toClinicianId));
  if (!result.ok) return result.state;
  // The clinician who handed over may no longer see the runner: back to the caseload.
  redirect("/clinic?saved=handover");
}

export async function addCoverAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, coverSchema.extend({ runnerId }), { ...read.values, runnerId: id }), (actor, input) => addCover(actor, input.runnerId, input));
  if (!result.ok) return result.state;
  revalidatePath(`/clinic/runners/${id}`);
  return { message: (await getTranslations("done"))("coverAdded") };
}

export async function endCoverAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, clinicianIdSchema.extend({ runnerId }), { ...read.values, runnerId: id }), (actor, input) => endCover(actor, input.runnerId, input.clinicianId));
  if (!result.ok) return result.state;
  revalidatePath(`/clinic/runners/${id}`);
  return { message: (await getTranslations("done"))("coverEnded") };
}
