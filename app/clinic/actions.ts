"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/data/actor";
import { publicUrl } from "@/lib/public-url";
import { copyExercise, createExercise, updateExercise } from "@/lib/data/exercises";
import { removeExerciseMedia } from "@/lib/data/media";
import { createRunnerWithInvite, reissueInvite } from "@/lib/data/invites";
import { addNote, editNote } from "@/lib/data/notes";
import { setRunnerPainRules } from "@/lib/data/pain-rules";
import { dischargeRunner } from "@/lib/data/discharge";
import { readmitRunner, updateRunnerProfile } from "@/lib/data/runners";
import { createPlan, endPlan, revisePlan, saveAsTemplate } from "@/lib/data/plans";
import { resolveRedFlag } from "@/lib/data/red-flags";
import { markReviewed } from "@/lib/data/review";
import { attempt, failed, unlessRefused } from "@/lib/form-result";
import { dischargeSchema, exerciseSchema, newRunnerSchema, noteSchema, planSchema, runnerProfileSchema } from "@/lib/validation/clinic";
import { pathErrors, requiredText } from "@/lib/validation/fields";
import { painRulesSchema } from "@/lib/validation/pain-rules";
import { requiredScreenFromForm, resolutionSchema, SCREEN_LISTS, screenValues } from "@/lib/validation/red-flags";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/*
 * The clinician's writes: validate, take the actor from the session, and leave ownership to lib/data,
 * which answers "not found" for any runner, plan, note or exercise outside the clinician's care.
 */

async function clinician() {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

export interface InviteState extends FormState {
  inviteUrl?: string;
}

async function inviteUrl(token: string) {
  return new URL(`/invite/${token}`, publicUrl()).toString();
}

export async function addRunnerAction(_: InviteState, formData: FormData): Promise<InviteState> {
  const read = readForm(formData, [...SCREEN_LISTS, "history"]);
  const values = { ...screenValues(read), history: read.list("history").join(" ") };
  const result = await attempt(values, parseForm(read, newRunnerSchema, { ...read.values, screen: requiredScreenFromForm(read), history: read.list("history") }), createRunnerWithInvite);
  if (!result.ok) return result.state;
  revalidatePath("/clinic");
  return { inviteUrl: await inviteUrl(result.value.token), values: { ...values, runnerId: result.value.runnerId, flagged: result.value.flagged ? "yes" : "" } };
}

export async function reissueInviteAction(runnerId: string, _: InviteState): Promise<InviteState> {
  const actor = await clinician();
  try {
    return { inviteUrl: await inviteUrl(await reissueInvite(actor, runnerId)) };
  } catch (error) {
    return await failed(error, {});
  }
}

/** The plan builder posts its prescriptions as JSON; errors come back keyed by path ("items.0.sets"). */
async function parsePlan(formData: FormData) {
  const read = readForm(formData);
  const values = read.values;
  const json = (field: string, fallback: unknown) => {
    try {
      return values[field] == null ? fallback : JSON.parse(values[field]!);
    } catch {
      // Left as the fallback: the schema says what is missing.
      return fallback === undefined ? null : fallback;
    }
  };
  const parsed = parseForm(read, planSchema, { ...values, items: json("items", []), laterItems: json("laterItems", undefined) });
  const errors = parsed.success ? undefined : pathErrors(parsed.error, await getLocale());
  return { values, parsed, errors };
}

export async function createPlanAction(runnerId: string, templateId: string | undefined, _: FormState, formData: FormData): Promise<FormState> {
  const { values, parsed, errors } = await parsePlan(formData);
  if (!parsed.success) return { errors, values };
  const result = await attempt(values, parsed, (actor, input) => createPlan(actor, runnerId, input, templateId));
  if (!result.ok) return result.state;
  revalidatePath(`/clinic/runners/${runnerId}`);
  redirect(`/clinic/runners/${runnerId}?saved=plan`);
}

export async function revisePlanAction(runnerId: string, planId: string, _: FormState, formData: FormData): Promise<FormState> {
  const { values, parsed, errors } = await parsePlan(formData);
  if (!parsed.success) return { errors, values };
  const result = await attempt(values, parsed, (actor, input) => revisePlan(actor, planId, input));
  if (!result.ok) return result.state;
  revalidatePath(`/clinic/runners/${runnerId}`);
  redirect(`/clinic/runners/${runnerId}?saved=version`);
}

export async function endPlanAction(formData: FormData) {
  const actor = await clinician();
  const runnerId = String(formData.get("runnerId"));
  await unlessRefused(endPlan(actor, String(formData.get("planId"))), () => redirect(`/clinic/runners/${runnerId}?failed=end`));
  revalidatePath(`/clinic/runners/${runnerId}`);
  redirect(`/clinic/runners/${runnerId}?saved=ended`);
}

const templateName = z.object({ name: requiredText("templateName", 120) });

export async function saveTemplateAction(planId: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const values = read.values;
  const result = await attempt(values, parseForm(read, templateName), (actor, input) => saveAsTemplate(actor, planId, input.name));
  if (!result.ok) return result.state;
  return { message: `Saved as the template "${values.name?.trim()}".` };
}

export async function addNoteAction(runnerId: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const values = read.values;
  const result = await attempt(values, parseForm(read, noteSchema), (actor, input) => addNote(actor, runnerId, input.body));
  if (!result.ok) return result.state;
  revalidatePath(`/clinic/runners/${runnerId}`);
  return { values: { body: "" }, message: (await getTranslations("done"))("noteAdded") };
}

export async function editNoteAction(runnerId: string, noteId: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const values = read.values;
  const result = await attempt(values, parseForm(read, noteSchema), (actor, input) => editNote(actor, noteId, input.body));
  if (!result.ok) return result.state;
  revalidatePath(`/clinic/runners/${runnerId}`);
  return { values, message: (await getTranslations("done"))("noteSaved") };
}

export async function updateProfileAction(runnerId: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const values = read.values;
  const result = await attempt(values, parseForm(read, runnerProfileSchema), (actor, input) => updateRunnerProfile(actor, runnerId, input));
  if (!result.ok) return result.state;
  revalidatePath("/clinic", "layout");
  return { values, message: (await getTranslations("done"))("profileSaved") };
}

export async function setPainRulesAction(runnerId: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const values = read.values;
  const result = await attempt(values, parseForm(read, painRulesSchema), (actor, input) => setRunnerPainRules(actor, runnerId, input));
  if (!result.ok) return result.state;
  revalidatePath("/clinic", "layout");
  return { values, message: (await getTranslations("done"))("limitsSaved") };
}

export async function dischargeAction(runnerId: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, dischargeSchema), (actor, input) => dischargeRunner(actor, runnerId, input));
  if (!result.ok) return result.state;
  revalidatePath("/clinic", "layout");
  // The discharge summary, frozen with the discharge, is what the clinician sends on.
  redirect(`/clinic/runners/${runnerId}/summary?saved=discharged`);
}

/**
 * A bound button on a runner's page with no field to validate: the data layer re-checks that the runner is
 * in the clinician's care; a refusal shows the page again as it is, a success says what was saved.
 */
async function runnerButton(runnerId: string, act: (actor: Actor, runnerId: string) => Promise<void>, saved: string) {
  const actor = await clinician();
  await unlessRefused(act(actor, runnerId), () => redirect(`/clinic/runners/${runnerId}`));
  revalidatePath("/clinic", "layout");
  redirect(`/clinic/runners/${runnerId}?saved=${saved}`);
}

/** "Reviewed": older lights stop standing and the runner's worries are filed as read. Safe to repeat. */
export async function markReviewedAction(runnerId: string) {
  await runnerButton(runnerId, markReviewed, "reviewed");
}

export async function readmitAction(runnerId: string) {
  await runnerButton(runnerId, readmitRunner, "readmitted");
}

function exerciseValues(formData: FormData) {
  const read = readForm(formData, ["presentations"]);
  return { read, values: read.values, input: { ...read.values, presentations: read.list("presentations") } };
}

export async function createExerciseAction(_: FormState, formData: FormData): Promise<FormState> {
  const { read, values, input } = exerciseValues(formData);
  const result = await attempt(values, parseForm(read, exerciseSchema, input), createExercise);
  if (!result.ok) return result.state;
  revalidatePath("/clinic/library");
  redirect("/clinic/library?saved=1");
}

export async function updateExerciseAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  const { read, values, input } = exerciseValues(formData);
  const result = await attempt(values, parseForm(read, exerciseSchema, input), (actor, data) => updateExercise(actor, id, data));
  if (!result.ok) return result.state;
  revalidatePath("/clinic/library");
  redirect("/clinic/library?saved=1");
}

/** A clinic copy of a library exercise, opened for editing (and for photos and videos). */
export async function copyExerciseAction(formData: FormData) {
  const actor = await clinician();
  const id = z.uuid().safeParse(formData.get("exerciseId"));
  if (!id.success) redirect("/clinic/library");
  const copy = await unlessRefused(copyExercise(actor, id.data, await getLocale()), () => redirect("/clinic/library"));
  revalidatePath("/clinic/library");
  redirect(`/clinic/library/${copy}/edit`);
}

export async function removeMediaAction(formData: FormData) {
  const actor = await clinician();
  const input = z.object({ mediaId: z.uuid(), exerciseId: z.uuid() }).safeParse(Object.fromEntries(formData));
  if (!input.success) redirect("/clinic/library");
  await unlessRefused(removeExerciseMedia(actor, input.data.mediaId), () => redirect("/clinic/library"));
  redirect(`/clinic/library/${input.data.exerciseId}/edit?media=removed#media`);
}

/** Records what was done about a red flag: the only way a flag closes. */
export async function resolveRedFlagAction(flagId: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, resolutionSchema), (actor, input) => resolveRedFlag(actor, flagId, input));
  if (!result.ok) return result.state;
  revalidatePath("/clinic", "layout");
  redirect(`/clinic/runners/${result.value.runnerId}?saved=flag`);
}
