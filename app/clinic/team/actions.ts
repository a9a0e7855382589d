"use server";

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

/*
 * The clinic admin's actions. Each validates its form again and the data layer checks that the actor is an
 * admin of the colleague's clinic, whatever the page showed: to anyone else the colleague does not exist.
 */
async function run<T>(formData: FormData, schema: z.ZodType<T>, write: (actor: Actor, input: T) => Promise<unknown>, done: string): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, schema), write);
  if (!result.ok) return result.state;
  revalidatePath("/clinic/team");
  return { message: done };
}

export async function inviteClinicianAction(_: FormState, formData: FormData) {
  return run(formData, inviteClinicianSchema, (actor, input) => inviteClinician(actor, input), "Invite sent. The link works once, for 7 days.");
}

export async function reinviteClinicianAction(_: FormState, formData: FormData) {
  return run(formData, clinicianIdSchema, (actor, input) => reinviteClinician(actor, input.clinicianId), "A new invite is on its way; the old link no longer works.");
}

export async function setAdminRightAction(_: FormState, formData: FormData) {
  return run(formData, adminRightSchema, (actor, input) => setAdminRight(actor, input.clinicianId, input.admin), "Saved.");
}

export async function deactivateClinicianAction(_: FormState, formData: FormData) {
  return run(formData, clinicianIdSchema, (actor, input) => deactivateClinician(actor, input.clinicianId), "Deactivated: signed out everywhere. Hand their runners over below.");
}

export async function reactivateClinicianAction(_: FormState, formData: FormData) {
  return run(formData, clinicianIdSchema, (actor, input) => reactivateClinician(actor, input.clinicianId), "Reactivated.");
}

export async function resetSecondFactorAction(_: FormState, formData: FormData) {
  return run(formData, clinicianIdSchema, (actor, input) => resetSecondFactor(actor, input.clinicianId), "Two-step sign-in reset: they set it up again at their next sign-in.");
}

export async function handOverCaseloadAction(_: FormState, formData: FormData) {
  return run(formData, clinicianIdSchema.extend(handoverSchema.shape), (actor, input) => handOverCaseload(actor, input.clinicianId, input.toClinicianId), "Handed over.");
}

export async function updateClinicAction(_: FormState, formData: FormData) {
  return run(formData, clinicDetailsSchema, (actor, input) => updateClinicDetails(actor, input), "Clinic details saved.");
}

export async function saveLadderAction(_: FormState, formData: FormData) {
  return run(formData, clinicLadderFormSchema, (actor, input) => saveClinicLadder(actor, input.steps), "Ladder saved. Runners who start the ladder from now on climb these steps; those already on it keep theirs.");
}
