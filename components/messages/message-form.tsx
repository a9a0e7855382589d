"use client";

import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { SaveRow } from "@/components/forms/save-row";
import { FormMessage } from "@/components/forms/form-message";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormAction } from "@/lib/validation/form-state";
import { MESSAGE_MAX } from "@/lib/validation/limits";

/** Writes into the thread; a resend of the same message (a double tap, a retry) stores it once. */
export function MessageForm({ action: send, clientId, label, button, rows = 4 }: { action: FormAction; clientId: string; label: string; button: { label: string; pending: string }; rows?: number }) {
  // The action comes bound to its thread by the server page, so the form also posts without JavaScript.
  const [state, action, pending] = useFormAction(send);
  // The first client id is kept: the page is re-rendered (with a new one) whenever the thread is marked
  // read, and that must not clear what is being typed. A sent message brings the next id with its answer.
  const [firstId] = useState(clientId);
  const v = state.values ?? {};
  const id = v.clientId ?? firstId;
  return (
    <form key={id} action={action} noValidate className={`${rows > 2 ? "mt-6" : "mt-3"} flex flex-col gap-3`}>
      <input type="hidden" name="clientId" value={id} />
      <TextareaField label={label} name="body" rows={rows} maxLength={MESSAGE_MAX} defaultValue={v.body ?? ""} error={state.errors?.body} />
      <FormMessage message={state.code === "saved" ? undefined : state.message} />
      <SaveRow pending={pending} label={button.label} pendingLabel={button.pending} message={state.code === "saved" ? state.message : undefined} />
    </form>
  );
}
