"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { SaveRow } from "@/components/forms/save-row";
import { SwitchField } from "@/components/reminders/switch-field";
import { TimeZoneField } from "@/components/time-zone-field";
import { Field } from "@/components/ui/field";
import type { ReminderSettings } from "@/lib/data/reminders";
import { saveClinicianRemindersAction } from "./actions";

/** The clinician's emails: a morning digest of who needs attention, and alerts of runners' messages. */
export function DigestForm({ stored, zones }: { stored: ReminderSettings; zones: string[] }) {
  const [state, action, pending] = useFormAction(saveClinicianRemindersAction);
  const v = state.values;
  const e = state.errors ?? {};
  return (
    <form key={v ? JSON.stringify(v) : "stored"} action={action} noValidate className="flex flex-col gap-5">
      <SwitchField name="email" label="Email me" hint="Off: no digest and no message alerts by email, whatever is chosen below." defaultChecked={v ? v.email === "on" : stored.email} />
      <SwitchField name="digest" label="Daily digest" hint="Each morning, the runners whose light is red, whose red flag is open, or who stopped logging. Not sent when nobody is." defaultChecked={v ? v.digest === "on" : stored.digest} />
      <Field label="Digest time" name="digestTime" type="time" defaultValue={v?.digestTime ?? stored.digestTime} error={e.digestTime} className="max-w-48" />
      <TimeZoneField zones={zones} stored={v?.timeZone ?? (stored.saved ? stored.timeZone : undefined)} error={e.timeZone} />
      <SaveRow pending={pending} label="Save emails" message={state.message} />
    </form>
  );
}
