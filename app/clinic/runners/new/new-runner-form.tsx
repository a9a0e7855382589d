"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { ScoreScale } from "@/components/forms/score-scale";
import { InviteLink } from "@/components/invite-link";
import { TimeZoneField } from "@/components/time-zone-field";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { presentationLabel, sideLabel } from "@/lib/labels";
import { addRunnerAction, type InviteState } from "../../actions";

export function NewRunnerForm({ today, zones }: { today: string; zones: string[] }) {
  const [state, action, pending] = useActionState<InviteState, FormData>(addRunnerAction, {});
  if (state.inviteUrl) {
    return (
      <div className="flex flex-col gap-4">
        <p className="font-medium">{state.values?.name} is added to your caseload.</p>
        <InviteLink url={state.inviteUrl} />
        <Link href={`/clinic/runners/${state.values?.runnerId}`} className="font-medium text-brand-700 underline">
          Open {state.values?.name}&apos;s page to build their plan
        </Link>
      </div>
    );
  }
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={action} noValidate className="flex max-w-lg flex-col gap-4">
      <Field label="Name" name="name" defaultValue={v.name} error={e.name} autoComplete="off" />
      <Field label="Email" name="email" type="email" defaultValue={v.email} error={e.email} autoComplete="off" />
      <SelectField label="Presentation" name="presentation" defaultValue={v.presentation ?? ""} error={e.presentation} options={[{ value: "", label: "Choose…" }, ...Object.entries(presentationLabel).map(([value, label]) => ({ value, label }))]} />
      <SelectField label="Affected side" name="affectedSide" defaultValue={v.affectedSide ?? ""} error={e.affectedSide} options={[{ value: "", label: "Choose…" }, ...Object.entries(sideLabel).map(([value, label]) => ({ value, label }))]} />
      <Field label="Goal" name="goal" defaultValue={v.goal} error={e.goal} placeholder="Back to 10 km pain-free" />
      <Field label="Start date" name="startDate" type="date" defaultValue={v.startDate ?? today} error={e.startDate} />
      <ScoreScale name="usualPain" legend="Usual pain (on an ordinary morning, before any exercise)" defaultValue={v.usualPain} error={e.usualPain} />
      <TimeZoneField zones={zones} stored={v.timeZone} error={e.timeZone} label="Runner's time zone" />
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add runner and create invite"}
      </Button>
    </form>
  );
}
