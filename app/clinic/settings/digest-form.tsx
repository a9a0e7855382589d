"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { SaveRow } from "@/components/forms/save-row";
import { SwitchField } from "@/components/reminders/switch-field";
import { TimeZoneField } from "@/components/time-zone-field";
import { Field } from "@/components/ui/field";
import type { ReminderSettings } from "@/lib/data/reminders";
import { saveClinicianRemindersAction } from "./actions";

/** The clinician's emails: a morning digest of who needs attention, and alerts of runners' messages. */
export function DigestForm({ stored, zones }: { stored: ReminderSettings; zones: string[] }) {
  const t = useTranslations("clinicForms.digest");
  const [state, action, pending] = useFormAction(saveClinicianRemindersAction);
  const v = state.values;
  const e = state.errors ?? {};
  return (
    <form key={v ? JSON.stringify(v) : "stored"} action={action} noValidate className="flex flex-col gap-5">
      <SwitchField name="email" label={t("email")} hint={t("emailHint")} defaultChecked={v ? v.email === "on" : stored.email} />
      <SwitchField name="digest" label={t("digest")} hint={t("digestHint")} defaultChecked={v ? v.digest === "on" : stored.digest} />
      <Field label={t("time")} name="digestTime" type="time" defaultValue={v?.digestTime ?? stored.digestTime} error={e.digestTime} className="max-w-48" />
      <TimeZoneField zones={zones} stored={v?.timeZone ?? (stored.saved ? stored.timeZone : undefined)} error={e.timeZone} />
      <SaveRow pending={pending} label={t("save")} message={state.message} />
    </form>
  );
}
