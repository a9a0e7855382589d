"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { SaveRow } from "@/components/forms/save-row";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { MEASURE_INTERVALS } from "@/lib/validation/measures";
import type { FormAction } from "@/lib/validation/form-state";

export interface ScheduleValues {
  atIntake: boolean;
  everyDays: string;
  atDischarge: boolean;
  startsOn: string;
}

/** When one measure is asked: at intake, every N weeks from a first due date, at discharge; saving again changes it. */
export function MeasureScheduleForm({ action, short, current }: { action: FormAction; short: string; current: ScheduleValues }) {
  const t = useTranslations("clinicForms.schedule");
  const [state, formAction, pending] = useFormAction(action);
  const v = state.values;
  const e = state.errors ?? {};
  const checked = (name: "atIntake" | "atDischarge") => (v ? v[name] === "on" : current[name]);
  return (
    <form action={formAction} noValidate className="mt-2 flex flex-col gap-3">
      <fieldset aria-describedby={e.atIntake ? `${short}-when-error` : undefined}>
        <legend className="text-sm font-medium">{t("when", { short })}</legend>
        {e.atIntake ? (
          <p id={`${short}-when-error`} className="text-sm text-pain-red">
            {e.atIntake[0]}
          </p>
        ) : null}
        <div className="mt-1 flex flex-wrap gap-x-6">
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name="atIntake" defaultChecked={checked("atIntake")} className="h-5 w-5 accent-brand-700" />
            {t("atIntake")}
          </label>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name="atDischarge" defaultChecked={checked("atDischarge")} className="h-5 w-5 accent-brand-700" />
            {t("atDischarge")}
          </label>
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t("every")}
          name="everyDays"
          defaultValue={v?.everyDays ?? current.everyDays}
          error={e.everyDays}
          options={[{ value: "", label: t("notScheduled") }, ...MEASURE_INTERVALS.map((d) => ({ value: String(d), label: t("weeks", { weeks: d / 7 }) }))]}
        />
        <Field label={t("first")} name="startsOn" type="date" defaultValue={v?.startsOn ?? current.startsOn} error={e.startsOn} />
      </div>
      <SaveRow pending={pending} label={t("save", { short })} message={state.message} />
    </form>
  );
}
