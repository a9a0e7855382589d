"use server";

import { revalidatePath } from "next/cache";
import type { OutboxKind } from "@/components/red-flags/outbox-store";
import { saved } from "@/lib/saved";
import { type EntryOutcome, outcomeOf, submitEntry } from "@/lib/submit-entry";
import type { FormState } from "@/lib/validation/form-state";

/*
 * Red-flag answers from the runner. Like every log, safe to repeat: the form's client id stores one row.
 */

export async function reportWorryAction(_: FormState, formData: FormData): Promise<FormState> {
  const result = await submitEntry("worry", formData);
  return result.ok ? saved(result.next) : result.state;
}

/**
 * Sends one answer the phone kept while offline. The same parse and write as the live form; the reply
 * says where its advice now lives, or why the server refused it (the runner is told, nothing is retried).
 */
export async function sendQueuedAction(kind: OutboxKind, entries: [string, string][]): Promise<EntryOutcome> {
  const formData = new FormData();
  for (const [key, value] of Array.isArray(entries) ? entries : []) if (typeof key === "string" && typeof value === "string") formData.append(key, value);
  if (kind !== "checkin" && kind !== "worry") return { status: "refused", message: "Unknown entry.", errors: {} };
  const outcome = outcomeOf(await submitEntry(kind, formData));
  if (outcome.status === "sent") revalidatePath("/", "layout");
  return outcome;
}
