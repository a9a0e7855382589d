"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { ScoreScale } from "@/components/forms/score-scale";
import { TimeZoneField } from "@/components/time-zone-field";
import { SaveRow } from "@/components/forms/save-row";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { useTranslations } from "next-intl";
import { PRESENTATIONS, SIDES } from "@/lib/labels";
import type { FormAction } from "@/lib/validation/form-state";

export interface ProfileValues {
  presentation: string;
  affectedSide: string;
  goal: string;
  usualPain: string;
  timeZone: string;
}

/** What the clinician records of a runner: the usual pain is the baseline of the next-morning rule. */
export function ProfileForm({ action, current, zones }: { action: FormAction; current: ProfileValues; zones: string[] }) {
  const t = useTranslations("clinicForms");
  const labels = useTranslations("labels");
  const [state, formAction, pending] = useFormAction(action);
  const v = { ...current, ...state.values };
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="mt-3 flex flex-col gap-4">
      <SelectField label={t("runner.presentation")} name="presentation" defaultValue={v.presentation} error={e.presentation} options={PRESENTATIONS.map((value) => ({ value, label: labels(`presentation.${value}`) }))} />
      <SelectField label={t("runner.side")} name="affectedSide" defaultValue={v.affectedSide} error={e.affectedSide} options={SIDES.map((value) => ({ value, label: labels(`side.${value}`) }))} />
      <Field label={t("runner.goal")} name="goal" defaultValue={v.goal} error={e.goal} />
      <ScoreScale name="usualPain" legend={t("runner.usualPainBaseline")} low={t("noPain")} high={t("worst")} defaultValue={v.usualPain} error={e.usualPain} />
      <TimeZoneField zones={zones} stored={v.timeZone} error={e.timeZone} />
      <SaveRow pending={pending} label={t("runner.saveProfile")} message={state.message} />
    </form>
  );
}
