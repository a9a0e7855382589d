"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { categoryLabel, painRuleLabel, presentationLabel } from "@/lib/labels";
import type { FormAction } from "@/lib/validation/form-state";


export function ExerciseForm({ action, defaults, presentations = [], submitLabel }: { action: FormAction; defaults: Record<string, string | undefined>; presentations?: string[]; submitLabel: string }) {
  const [state, formAction, pending] = useFormAction(action);
  const v = { ...defaults, ...state.values };
  const e = state.errors ?? {};
  // FormData keeps only one value per name in state.values, so the checked boxes come from the defaults.
  const chosen = new Set(presentations);
  return (
    <form action={formAction} noValidate className="flex max-w-2xl flex-col gap-4">
      <Field label="Name" name="name" defaultValue={v.name} error={e.name} />
      <SelectField label="Category" name="category" defaultValue={v.category ?? ""} error={e.category} options={[{ value: "", label: "Choose…" }, ...Object.entries(categoryLabel).map(([value, label]) => ({ value, label }))]} />
      <fieldset>
        <legend className="text-sm font-medium">For presentations</legend>
        <div className="flex flex-wrap gap-x-4">
          {Object.entries(presentationLabel).map(([value, label]) => (
            <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="presentations" value={value} defaultChecked={chosen.has(value)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <TextareaField label="Instructions" name="instructions" defaultValue={v.instructions} error={e.instructions} rows={4} />
      <TextareaField label="Cues" name="cues" defaultValue={v.cues} error={e.cues} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Field label="Default sets" name="defaultSets" inputMode="numeric" defaultValue={v.defaultSets} error={e.defaultSets} />
        <Field label="Default reps" name="defaultReps" inputMode="numeric" defaultValue={v.defaultReps} error={e.defaultReps} />
        <Field label="Default hold (s)" name="defaultHoldSeconds" inputMode="numeric" defaultValue={v.defaultHoldSeconds} error={e.defaultHoldSeconds} />
        <Field label="Days per week" name="defaultDaysPerWeek" inputMode="numeric" defaultValue={v.defaultDaysPerWeek} error={e.defaultDaysPerWeek} />
      </div>
      <Field label="Dose notes" name="doseNotes" defaultValue={v.doseNotes} error={e.doseNotes} />
      <SelectField label="Pain rule" name="painRule" defaultValue={v.painRule ?? "standard"} error={e.painRule} options={Object.entries(painRuleLabel).map(([value, label]) => ({ value, label }))} />
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
