"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormAction } from "@/lib/validation/form-state";

/** Discharge: a date and a reason. The runner leaves the active roster; nothing is deleted. */
export function DischargeForm({ action, today, name }: { action: FormAction; today: string; name: string }) {
  const [state, formAction, pending] = useFormAction(action);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="mt-3 flex flex-col gap-3">
      <Field label="Discharge date" name="date" type="date" max={today} defaultValue={v.date ?? today} error={e.date} />
      <TextareaField label="Reason for discharge" name="reason" defaultValue={v.reason} error={e.reason} hint="For example: back to full training, goals met. The runner keeps their history to read." />
      <FormMessage message={state.message} />
      <div>
        <ConfirmSubmit
          label={pending ? "Discharging…" : "Discharge this runner"}
          disabled={pending}
          title={`Discharge ${name}?`}
          description={`${name} leaves your active caseload and stops receiving reminders. Nothing is deleted: their history stays, and you can re-admit them.`}
          confirm={`Discharge ${name}`}
        />
      </div>
    </form>
  );
}
