"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormAction } from "@/lib/validation/form-state";

export function NoteForm({ action, label, submitLabel, initial = "" }: { action: FormAction; label: string; submitLabel: string; initial?: string }) {
  const [state, formAction, pending] = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {/* A new key after each save empties the "new note" box and keeps an edit's text. */}
      <TextareaField key={state.message} label={label} name="body" defaultValue={state.values?.body ?? initial} error={state.errors?.body} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium">
          {submitLabel}
        </button>
        {state.message ? <p role="status" className="text-sm">{state.message}</p> : null}
      </div>
    </form>
  );
}
