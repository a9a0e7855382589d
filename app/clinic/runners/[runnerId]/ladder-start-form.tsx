"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { FieldErrorMessage } from "@/components/ui/field-messages";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormAction } from "@/lib/validation/form-state";

/** The return-to-run checklist: each criterion the clinician checked, recorded with the date and who ticked it. */
export function LadderStartForm({ action, checklist }: { action: FormAction; checklist: readonly string[] }) {
  const t = useTranslations("clinicForms.ladder");
  const [state, formAction, pending] = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <fieldset aria-describedby={state.errors?.checklist ? "checklist-error" : undefined}>
        <legend className="text-sm font-medium">{t("criteria")}</legend>
        {checklist.map((item, i) => (
          <label key={item} className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name="checklist" value={item} className="size-5" />
            {/* The criterion is posted and recorded as written in the library; its label is the reader's. */}
            {t(`checklist.${String(i) as "0" | "1" | "2"}`)}
          </label>
        ))}
        <FieldErrorMessage id="checklist-error" message={state.errors?.checklist?.[0]} />
      </fieldset>
      <TextareaField label={t("note")} name="note" defaultValue={state.values?.note ?? ""} error={state.errors?.note} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className="min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
          {t("start")}
        </button>
        {state.message ? <p role="status" className="text-sm">{state.message}</p> : null}
      </div>
    </form>
  );
}
