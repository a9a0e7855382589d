"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import { deleteEntry, updateRunLog, updateSessionLog } from "@/lib/data/logs";
import { updateCheckin } from "@/lib/data/checkins";
import { attempt } from "@/lib/form-result";
import { saved } from "@/lib/saved";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";
import { checkinSchema, runLogSchema, sessionFormToObject, sessionLogSchema } from "@/lib/validation/logs";
import { type EntryKind, submitEntry } from "@/lib/submit-entry";

/*
 * The runner's writes. Each action validates again whatever the page did, takes the actor from the
 * session, and leaves ownership to lib/data, which refuses anything that is not the runner's own.
 */

/** Every log write is safe to repeat: creates by their client id, edits by setting the same values again. */
const retrySafe = { retrySafe: true };


async function create(kind: EntryKind, formData: FormData): Promise<FormState> {
  const result = await submitEntry(kind, formData);
  return result.ok ? saved(result.next) : result.state;
}

export async function logRunAction(_: FormState, formData: FormData): Promise<FormState> {
  return create("run", formData);
}

export async function logSessionAction(_: FormState, formData: FormData): Promise<FormState> {
  return create("session", formData);
}

export async function checkinAction(_: FormState, formData: FormData): Promise<FormState> {
  return create("checkin", formData);
}

export async function updateRunAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, runLogSchema), (actor, input) => updateRunLog(actor, id, input), retrySafe);
  if (!result.ok) return result.state;
  return saved("/history?saved=1");
}

export async function updateSessionAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData, ["prescriptionId"]);
  const result = await attempt(read.values, parseForm(read, sessionLogSchema, sessionFormToObject(read)), (actor, input) => updateSessionLog(actor, id, input), retrySafe);
  if (!result.ok) return result.state;
  return saved("/history?saved=1");
}

export async function updateCheckinAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, checkinSchema), (actor, input) => updateCheckin(actor, id, input), retrySafe);
  if (!result.ok) return result.state;
  return saved("/history?saved=1");
}

/** Deleting is a plain form post (no state to show), so it always answers with the next page. */
function afterDelete(path: string): never {
  revalidatePath("/", "layout");
  redirect(path);
}

export async function deleteEntryAction(formData: FormData): Promise<void> {
  const kind = formData.get("kind") === "checkin" ? "checkin" : "session";
  const actor = await getActor();
  if (!actor) redirect("/login");
  try {
    await deleteEntry(actor, kind, String(formData.get("id") ?? ""));
  } catch {
    // Not found or read-only: nothing was deleted; the history shows the entry as it is.
    afterDelete("/history?deleteFailed=1");
  }
  afterDelete("/history?deleted=1");
}
