"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { FieldErrorMessage, useFieldMessages } from "@/components/ui/field-messages";
import { TextareaField } from "@/components/ui/textarea-field";
import { RESOLUTIONS } from "@/lib/rules/red-flags";
import type { FormAction } from "@/lib/validation/form-state";

/** What was done about one red flag. Nothing is preselected: the clinician says what happened. */
export function ResolveFlagForm({ action, noteRequired }: { action: FormAction; noteRequired: boolean }) {
  const [state, formAction, pending] = useFormAction(action);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  const { errorId, describedBy } = useFieldMessages(undefined, e.resolution);
  return (
    <form action={formAction} noValidate className="mt-3 flex flex-col gap-3">
      <fieldset aria-describedby={describedBy()}>
        <legend className="mb-1 text-sm font-medium">What was done</legend>
        {Object.entries(RESOLUTIONS).map(([code, label]) => (
          <label key={code} className="flex min-h-11 items-center gap-3 text-sm">
            <input type="radio" name="resolution" value={code} defaultChecked={v.resolution === code} className="h-5 w-5" />
            {label}
          </label>
        ))}
        <FieldErrorMessage id={errorId} message={e.resolution?.[0]} />
      </fieldset>
      <TextareaField
        label={noteRequired ? "Note (required for this flag)" : "Note (optional)"}
        name="note"
        defaultValue={v.note}
        error={e.note}
        hint={noteRequired ? "An emergency or same-day flag is closed with what was done, for example: advised ED, runner on the way." : "For example: advised ED, runner on the way; GP letter sent."}
      />
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Recording…" : "Record and close the flag"}
      </Button>
    </form>
  );
}
