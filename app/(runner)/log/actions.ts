"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { createRunLog, createSessionLog, deleteEntry, saveCheckin, updateCheckin, updateRunLog, updateSessionLog } from "@/lib/data/logs";
import { failed, invalid } from "@/lib/form-result";
import { type FormState, submittedValues } from "@/lib/validation/form-state";
import { checkinSchema, runLogSchema, sessionFormToObject, sessionLogSchema } from "@/lib/validation/logs";

/*
 * The runner's writes. Each action validates again whatever the page did, takes the actor from the
 * session, and leaves ownership to lib/data, which refuses anything that is not the runner's own.
 */

async function runner() {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

function done(path: string): never {
  revalidatePath("/", "layout");
  redirect(path);
}

export async function logRunAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData);
  const parsed = runLogSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const actor = await runner();
  let id: string;
  try {
    ({ id } = await createRunLog(actor, parsed.data));
  } catch (error) {
    return failed(error, values);
  }
  done(`/today?logged=${id}`);
}

export async function logSessionAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData);
  const parsed = sessionLogSchema.safeParse(sessionFormToObject(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  const actor = await runner();
  let id: string;
  try {
    ({ id } = await createSessionLog(actor, parsed.data));
  } catch (error) {
    return failed(error, values);
  }
  done(`/today?logged=${id}`);
}

export async function checkinAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData);
  const parsed = checkinSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const actor = await runner();
  try {
    await saveCheckin(actor, parsed.data);
  } catch (error) {
    return failed(error, values);
  }
  done("/today?checkedIn=1");
}

export async function updateRunAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData);
  const parsed = runLogSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const actor = await runner();
  try {
    await updateRunLog(actor, id, parsed.data);
  } catch (error) {
    return failed(error, values);
  }
  done("/history?saved=1");
}

export async function updateSessionAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData);
  const parsed = sessionLogSchema.safeParse(sessionFormToObject(formData));
  if (!parsed.success) return invalid(parsed.error, values);
  const actor = await runner();
  try {
    await updateSessionLog(actor, id, parsed.data);
  } catch (error) {
    return failed(error, values);
  }
  done("/history?saved=1");
}

export async function updateCheckinAction(id: string, _: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData);
  const parsed = checkinSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const actor = await runner();
  try {
    await updateCheckin(actor, id, parsed.data);
  } catch (error) {
    return failed(error, values);
  }
  done("/history?saved=1");
}

export async function deleteEntryAction(formData: FormData): Promise<void> {
  const kind = formData.get("kind") === "checkin" ? "checkin" : "session";
  const actor = await runner();
  try {
    await deleteEntry(actor, kind, String(formData.get("id") ?? ""));
  } catch {
    // Not found or read-only: nothing was deleted; the history shows the entry as it is.
    done("/history?deleteFailed=1");
  }
  done("/history?deleted=1");
}
