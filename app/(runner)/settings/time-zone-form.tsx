"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { TimeZoneField } from "@/components/time-zone-field";
import { SaveRow } from "@/components/forms/save-row";
import { setTimeZoneAction } from "./actions";

export function TimeZoneForm({ zones, stored, words }: { zones: string[]; stored: string; words: { label: string; hint: string; save: string } }) {
  const [state, action, pending] = useFormAction(setTimeZoneAction);
  return (
    <form action={action} className="flex flex-col gap-4">
      <TimeZoneField zones={zones} stored={state.values?.timeZone ?? stored} error={state.errors?.timeZone} label={words.label} hint={words.hint} />
      <SaveRow pending={pending} label={words.save} message={state.message} />
    </form>
  );
}
