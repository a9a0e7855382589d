"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { SaveRow } from "@/components/forms/save-row";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { everyWeeks } from "@/lib/outcomes/due";
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
  const [state, formAction, pending] = useFormAction(action);
  const v = state.values;
  const e = state.errors ?? {};
  const checked = (name: "atIntake" | "atDischarge") => (v ? v[name] === "on" : current[name]);
  return (
    <form action={formAction} noValidate className="mt-2 flex flex-col gap-3">
      <fieldset aria-describedby={e.atIntake ? `${short}-when-error` : undefined}>
        <legend className="text-sm font-medium">When to ask for the {short}</legend>
        {e.atIntake ? (
          <p id={`${short}-when-error`} className="text-sm text-pain-red">
            {e.atIntake[0]}
          </p>
        ) : null}
        <div className="mt-1 flex flex-wrap gap-x-6">
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name="atIntake" defaultChecked={checked("atIntake")} className="h-5 w-5 accent-brand-700" />
            At intake
          </label>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name="atDischarge" defaultChecked={checked("atDischarge")} className="h-5 w-5 accent-brand-700" />
            At discharge
          </label>
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Ask every"
          name="everyDays"
          defaultValue={v?.everyDays ?? current.everyDays}
          error={e.everyDays}
          options={[{ value: "", label: "Not on a schedule" }, ...MEASURE_INTERVALS.map((d) => ({ value: String(d), label: everyWeeks(d).replace("every ", "") }))]}
        />
        <Field label="First one due" name="startsOn" type="date" defaultValue={v?.startsOn ?? current.startsOn} error={e.startsOn} />
      </div>
      <SaveRow pending={pending} label={`Schedule ${short}`} message={state.message} />
    </form>
  );
}
