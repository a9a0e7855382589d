"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { SaveRow } from "@/components/forms/save-row";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import { useTranslations } from "next-intl";
import { PAIN_RULE_KEYS, PAIN_SCORE_KEYS, type PainRules } from "@/lib/rules/thresholds";
import type { FormAction } from "@/lib/validation/form-state";

/**
 * One runner's limits. Each field shows the value in force; the clinic's default is named beside it, and a
 * value equal to it is stored as "no override". A reason is required: it is shown on the runner's page.
 */
export function PainRulesForm({ action, clinic, effective, reason }: { action: FormAction; clinic: PainRules; effective: PainRules; reason: string | null }) {
  const labels = useTranslations("labels");
  const t = useTranslations("clinicForms.limits");
  const [state, formAction, pending] = useFormAction(action);
  const v: Record<string, string | undefined> = { ...Object.fromEntries(PAIN_RULE_KEYS.map((k) => [k, String(effective[k])])), reason: reason ?? "", ...state.values };
  const e = state.errors ?? {};
  const isScore = (k: keyof PainRules) => (PAIN_SCORE_KEYS as readonly string[]).includes(k);
  return (
    <form action={formAction} noValidate className="mt-3 flex flex-col gap-4">
      <div className="grid gap-3 sm:grid-cols-2">
        {PAIN_RULE_KEYS.map((k) => (
          <Field key={k} label={labels(`limit.${k}`)} name={k} inputMode={isScore(k) ? "numeric" : "decimal"} defaultValue={v[k]} error={e[k]} hint={t("clinicDefault", { value: clinic[k] })} />
        ))}
      </div>
      <TextareaField label={t("reason")} name="reason" defaultValue={v.reason} error={e.reason} hint={t("reasonHint")} />
      <SaveRow pending={pending} label={t("save")} message={state.message} />
    </form>
  );
}
