"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { TimeZoneField } from "@/components/time-zone-field";
import { SaveRow } from "@/components/forms/save-row";
import { setTimeZoneAction } from "./actions";

export function TimeZoneForm({ zones, stored }: { zones: string[]; stored: string }) {
  const [state, action, pending] = useFormAction(setTimeZoneAction);
  return (
    <form action={action} className="flex flex-col gap-4">
      <TimeZoneField zones={zones} stored={state.values?.timeZone ?? stored} error={state.errors?.timeZone} />
      <SaveRow pending={pending} label="Save time zone" message={state.message} />
    </form>
  );
}
