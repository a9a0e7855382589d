"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { FieldErrorMessage, useFieldMessages } from "@/components/ui/field-messages";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormAction } from "@/lib/validation/form-state";

/** What was done about one red flag. Nothing is preselected: the clinician says what happened. */
export interface ResolveWords {
  legend: string;
  resolutions: { code: string; label: string }[];
  /** Says whether this flag needs a note (an emergency or same-day one does). */
  note: string;
  hint: string;
  recording: string;
  record: string;
}

export function ResolveFlagForm({ action, words }: { action: FormAction; words: ResolveWords }) {
  const [state, formAction, pending] = useFormAction(action);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const { errorId, describedBy } = useFieldMessages(undefined, e.resolution);
  return (
    <form action={formAction} noValidate className="mt-3 flex flex-col gap-3">
      <fieldset aria-describedby={describedBy()}>
        <legend className="mb-1 text-sm font-medium">{words.legend}</legend>
        {words.resolutions.map(({ code, label }) => (
          <label key={code} className="flex min-h-11 items-center gap-3 text-sm">
            <input type="radio" name="resolution" value={code} defaultChecked={v.resolution === code} className="h-5 w-5" />
            {label}
          </label>
        ))}
        <FieldErrorMessage id={errorId} message={e.resolution?.[0]} />
      </fieldset>
      <TextareaField
        label={words.note}
        name="note"
        defaultValue={v.note}
        error={e.note}
        hint={words.hint}
      />
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? words.recording : words.record}
      </Button>
    </form>
  );
}
