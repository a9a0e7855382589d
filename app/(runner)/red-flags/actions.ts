"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { reportWorry } from "@/lib/data/red-flags";
import { attempt, DATABASE_DOWN, OUTCOME_UNKNOWN } from "@/lib/form-result";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";
import { requiredScreenFromForm, SCREEN_LISTS, screenValues, worrySchema } from "@/lib/validation/red-flags";
import type { OutboxKind } from "@/components/red-flags/outbox-store";
import { afterCheckin, submitCheckin } from "../log/submit-checkin";

/*
 * Red-flag answers from the runner. Like every log, safe to repeat: the form's client id stores one row.
 */

async function submitWorry(formData: FormData) {
  const read = readForm(formData, SCREEN_LISTS);
  const input = { clientId: read.values.clientId, screen: requiredScreenFromForm(read) };
  return attempt(screenValues(read), parseForm(read, worrySchema, input), reportWorry, { retrySafe: true });
}

const afterWorry = (screen: { id: string; urgency: string | null }) => (screen.urgency ? `/red-flags/${screen.id}` : "/today?screened=1");

export async function reportWorryAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await submitWorry(formData);
  if (!result.ok) return result.state;
  revalidatePath("/", "layout");
  redirect(afterWorry(result.value));
}

export type OutboxReply = { status: "sent"; href: string } | { status: "refused"; message: string } | { status: "retry" };

/**
 * Sends one answer the phone kept while offline. The same parse and write as the live form; the reply
 * says where its advice now lives, or why the server refused it (the runner is told, nothing is retried).
 */
export async function sendQueuedAction(kind: OutboxKind, entries: [string, string][]): Promise<OutboxReply> {
  const formData = new FormData();
  for (const [key, value] of Array.isArray(entries) ? entries : []) if (typeof key === "string" && typeof value === "string") formData.append(key, value);
  if (kind !== "checkin" && kind !== "worry") return { status: "refused", message: "Unknown entry." };
  const result = kind === "checkin" ? await submitCheckin(formData) : await submitWorry(formData);
  // The database did not answer: keep it on the phone and send it again later (the client id makes that safe).
  if (!result.ok && (result.state.message === OUTCOME_UNKNOWN.retrySafe || result.state.message === DATABASE_DOWN)) return { status: "retry" };
  if (!result.ok) {
    const firstError = Object.values(result.state.errors ?? {}).flat()[0];
    return { status: "refused", message: result.state.message ?? firstError ?? "It could not be saved." };
  }
  revalidatePath("/", "layout");
  return { status: "sent", href: "screen" in result.value ? afterCheckin(result.value) : afterWorry(result.value) };
}
