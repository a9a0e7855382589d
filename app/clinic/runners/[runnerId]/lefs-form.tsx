"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { SaveRow } from "@/components/forms/save-row";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { everyWeeks } from "@/lib/rules/lefs";
import { LEFS_INTERVALS } from "@/lib/validation/lefs";
import type { FormAction } from "@/lib/validation/form-state";

/** How often the runner is asked for the LEFS, and from when; saving again changes it. */
export function LefsScheduleForm({ action, current }: { action: FormAction; current: { everyDays: string; startsOn: string } }) {
  const [state, formAction, pending] = useFormAction(action);
  const v = { ...current, ...state.values };
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="mt-3 flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Ask every"
          name="everyDays"
          defaultValue={v.everyDays}
          error={e.everyDays}
          options={LEFS_INTERVALS.map((d) => ({ value: String(d), label: everyWeeks(d).replace("every ", "") }))}
        />
        <Field label="First one due" name="startsOn" type="date" defaultValue={v.startsOn} error={e.startsOn} />
      </div>
      <SaveRow pending={pending} label="Schedule LEFS" message={state.message} />
    </form>
  );
}
