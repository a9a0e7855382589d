"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction } from "@/lib/validation/form-state";

export function SaveTemplateForm({ action, suggestedName }: { action: FormAction; suggestedName: string }) {
  const t = useTranslations("clinicForms.template");
  const [state, formAction, pending] = useFormAction(action);
  return (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700">{t("summary")}</summary>
      <form action={formAction} className="mt-1 flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-sm font-medium">
          {t("name")}
          <input name="name" defaultValue={state.values?.name ?? t("copy", { name: suggestedName })} className="min-h-11 rounded-md border border-slate-300 px-2" aria-invalid={state.errors?.name ? true : undefined} />
        </label>
        <button type="submit" disabled={pending} className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium">
          {t("save")}
        </button>
        {state.errors?.name ? <p role="alert" className="w-full text-sm text-pain-red">{state.errors.name[0]}</p> : null}
        {state.message ? <p role="status" className="w-full text-sm">{state.message}</p> : null}
      </form>
    </details>
  );
}
