"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { FormAction } from "@/lib/validation/form-state";

/** Discharge: a date and a reason. The runner leaves the active roster; nothing is deleted. */
export function DischargeForm({ action, today, name }: { action: FormAction; today: string; name: string }) {
  const t = useTranslations("clinicForms.discharge");
  const [state, formAction, pending] = useFormAction(action);
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="mt-3 flex flex-col gap-3">
      <Field label={t("date")} name="date" type="date" max={today} defaultValue={v.date ?? today} error={e.date} />
      <TextareaField label={t("reason")} name="reason" defaultValue={v.reason} error={e.reason} hint={t("reasonHint")} />
      <FormMessage message={state.message} />
      <div>
        <ConfirmSubmit
          label={t(pending ? "discharging" : "button")}
          disabled={pending}
          title={t("title", { name })}
          description={t("body", { name })}
          confirm={t("confirm", { name })}
        />
      </div>
    </form>
  );
}
