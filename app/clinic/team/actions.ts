"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "@/lib/data/actor";
import { updateClinicDetails } from "@/lib/data/clinic";
import { deactivateClinician, inviteClinician, reactivateClinician, reinviteClinician, resetSecondFactor, setAdminRight } from "@/lib/data/colleagues";
import { handOverCaseload } from "@/lib/data/handover";
import { saveClinicLadder } from "@/lib/data/ladder";
import { clinicLadderFormSchema } from "@/lib/validation/progression";
import { attempt } from "@/lib/form-result";
import { adminRightSchema, clinicDetailsSchema, clinicianIdSchema, handoverSchema, inviteClinicianSchema } from "@/lib/validation/clinic-admin";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/** What the team page says once an action is done (the "done" messages). */
type DoneKey = "inviteSent" | "reinvited" | "saved" | "deactivated" | "reactivated" | "twoStepReset" | "handedOver" | "clinicSaved" | "ladderSaved";

/*
 * The clinic admin's actions. Each validates its form again and the data layer checks that the actor is an
 * admin of the colleague's clinic, whatever the page showed: to anyone else the colleague does not exist.
 */
async function run<T>(formData: FormData, schema: z.ZodType<T>, write: (actor: Actor, input: T) => Promise<unknown>, done: DoneKey): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, schema), write);
  if (!result.ok) return result.state;
  revalidatePath("/clinic/team");
  return { message: (await getTranslations("done"))(done) };
}

export async function inviteClinicianAction(_: FormState, formData: FormData) {
  return run(formData, inviteClinicianSchema, (actor, input) => inviteClinician(actor, input), "inviteSent");
}

export async function reinviteClinicianAction(_: FormState, formData: FormData) {
  return run(formData, clinicianIdSchema, (actor, input) => reinviteClinician(actor, input.clinicianId), "reinvited");
}

export async function setAdminRightAction(_: FormState, formData: FormData) {
  return run(formData, adminRightSchema, (actor, input) => setAdminRight(actor, input.clinicianId, input.admin), "saved");
}

export async function deactivateClinicianAction(_: FormState, formData: FormData) {
  return run(formData, clinicianIdSchema, (actor, input) => deactivateClinician(actor, input.clinicianId), "deactivated");
}

export async function reactivateClinicianAction(_: FormState, formData: FormData) {
  return run(formData, clinicianIdSchema, (actor, input) => reactivateClinician(actor, input.clinicianId), "reactivated");
}

export async function resetSecondFactorAction(_: FormState, formData: FormData) {
  return run(formData, clinicianIdSchema, (actor, input) => resetSecondFactor(actor, input.clinicianId), "twoStepReset");
}

export async function handOverCaseloadAction(_: FormState, formData: FormData) {
  return run(formData, clinicianIdSchema.extend(handoverSchema.shape), (actor, input) => handOverCaseload(actor, input.clinicianId, input.toClinicianId), "handedOver");
}

export async function updateClinicAction(_: FormState, formData: FormData) {
  return run(formData, clinicDetailsSchema, (actor, input) => updateClinicDetails(actor, input), "clinicSaved");
}

export async function saveLadderAction(_: FormState, formData: FormData) {
  return run(formData, clinicLadderFormSchema, (actor, input) => saveClinicLadder(actor, input.steps), "ladderSaved");
}
