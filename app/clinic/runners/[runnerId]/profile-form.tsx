"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { ScoreScale } from "@/components/forms/score-scale";
import { TimeZoneField } from "@/components/time-zone-field";
import { SaveRow } from "@/components/forms/save-row";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { presentationLabel, sideLabel } from "@/lib/labels";
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
  const [state, formAction, pending] = useFormAction(action);
  const v = { ...current, ...state.values };
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="mt-3 flex flex-col gap-4">
      <SelectField label="Presentation" name="presentation" defaultValue={v.presentation} error={e.presentation} options={Object.entries(presentationLabel).map(([value, label]) => ({ value, label }))} />
      <SelectField label="Affected side" name="affectedSide" defaultValue={v.affectedSide} error={e.affectedSide} options={Object.entries(sideLabel).map(([value, label]) => ({ value, label }))} />
      <Field label="Goal" name="goal" defaultValue={v.goal} error={e.goal} />
      <ScoreScale name="usualPain" legend="Usual pain (the baseline when a morning has no check-in)" defaultValue={v.usualPain} error={e.usualPain} />
      <TimeZoneField zones={zones} stored={v.timeZone} error={e.timeZone} />
      <SaveRow pending={pending} label="Save profile" message={state.message} />
    </form>
  );
}
