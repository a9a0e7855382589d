"use server";

import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current-actor";
import { markThreadRead, sendMessage } from "@/lib/data/messages";
import { attempt } from "@/lib/form-result";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";
import { messageSchema } from "@/lib/validation/messages";
import { getTranslations } from "next-intl/server";

/*
 * The thread's two actions, for the runner's page and the clinician's alike: the data layer decides whose
 * thread the actor may write to. Both refresh the layout, where the header counts unread messages.
 */
export async function sendMessageAction(runnerId: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, messageSchema), (actor, input) => sendMessage(actor, runnerId, input), { retrySafe: true });
  if (!result.ok) return result.state;
  revalidatePath("/", "layout");
  // A fresh client id for the next message; the one just used keeps a resend of this one from storing twice.
  return { code: "saved", message: (await getTranslations("messages"))("sent"), values: { clientId: randomUUID(), body: "" } };
}

/** Called when the thread is on screen: what it shows is read. */
export async function markThreadReadAction(runnerId: string): Promise<void> {
  const actor = await getActor();
  if (!actor) return;
  await markThreadRead(actor, runnerId);
  revalidatePath("/", "layout");
}
