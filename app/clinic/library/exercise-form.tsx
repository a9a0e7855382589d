"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useTranslations } from "next-intl";
import { CATEGORIES, PAIN_RULES, PRESENTATIONS } from "@/lib/labels";
import type { FormAction } from "@/lib/validation/form-state";


export function ExerciseForm({ action, defaults, presentations = [], submitLabel }: { action: FormAction; defaults: Record<string, string | undefined>; presentations?: string[]; submitLabel: string }) {
  const t = useTranslations("clinicForms");
  const labels = useTranslations("labels");
  const [state, formAction, pending] = useFormAction(action);
  const v = { ...defaults, ...state.values };
  const e = state.errors ?? {};
  // FormData keeps only one value per name in state.values, so the checked boxes come from the defaults.
  const chosen = new Set(presentations);
  return (
    <form action={formAction} noValidate className="flex max-w-2xl flex-col gap-4">
      <Field label={t("exercise.name")} name="name" defaultValue={v.name} error={e.name} />
      <SelectField
        label={t("exercise.category")}
        name="category"
        defaultValue={v.category ?? ""}
        error={e.category}
        options={[{ value: "", label: t("choose") }, ...CATEGORIES.map((value) => ({ value, label: labels(`category.${value}`) }))]}
      />
      <fieldset>
        <legend className="text-sm font-medium">{t("exercise.presentations")}</legend>
        <div className="flex flex-wrap gap-x-4">
          {PRESENTATIONS.map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="presentations" value={value} defaultChecked={chosen.has(value)} />
              {labels(`presentation.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextareaField label={t("exercise.instructions")} name="instructions" defaultValue={v.instructions} error={e.instructions} rows={4} />
      <TextareaField label={t("exercise.cues")} name="cues" defaultValue={v.cues} error={e.cues} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Field label={t("exercise.sets")} name="defaultSets" inputMode="numeric" defaultValue={v.defaultSets} error={e.defaultSets} />
        <Field label={t("exercise.reps")} name="defaultReps" inputMode="numeric" defaultValue={v.defaultReps} error={e.defaultReps} />
        <Field label={t("exercise.hold")} name="defaultHoldSeconds" inputMode="numeric" defaultValue={v.defaultHoldSeconds} error={e.defaultHoldSeconds} />
        <Field label={t("exercise.days")} name="defaultDaysPerWeek" inputMode="numeric" defaultValue={v.defaultDaysPerWeek} error={e.defaultDaysPerWeek} />
      </div>
      <Field label={t("exercise.doseNotes")} name="doseNotes" defaultValue={v.doseNotes} error={e.doseNotes} />
      <SelectField label={t("exercise.painRule")} name="painRule" defaultValue={v.painRule ?? "standard"} error={e.painRule} options={PAIN_RULES.map((value) => ({ value, label: labels(`painRule.${value}`) }))} />
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? t("exercise.saving") : submitLabel}
      </Button>
    </form>
  );
}
