"use client";

import Link from "next/link";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { ScoreScale } from "@/components/forms/score-scale";
import { InviteLink } from "@/components/invite-link";
import { ScreenFieldset } from "@/components/red-flags/screen-fieldset";
import { TimeZoneField } from "@/components/time-zone-field";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { presentationLabel, sideLabel } from "@/lib/labels";
import type { WordedGroup } from "@/lib/i18n/red-flag-words";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { HISTORY_FLAGS } from "@/lib/rules/red-flags";
import { addRunnerAction, type InviteState } from "../../actions";

export function NewRunnerForm({ today, zones, screen, locale }: { today: string; zones: string[]; screen: WordedGroup[]; locale: Locale }) {
  const [state, action, pending] = useFormAction<InviteState>(addRunnerAction);
  if (state.inviteUrl) {
    return (
      <div className="flex flex-col gap-4">
        <p className="font-medium">{state.values?.name} is added to your caseload.</p>
        {state.values?.flagged ? (
          <p role="alert" className="rounded-md border-2 border-urgent bg-urgent-50 p-3 text-sm font-semibold text-urgent">
            The intake screen found a red flag: it is open on their page until you record what was done.
          </p>
        ) : null}
        <InviteLink url={state.inviteUrl} emailedTo={state.values?.email} />
        <Link href={`/clinic/runners/${state.values?.runnerId}`} prefetch={false} className="font-medium text-brand-700 underline">
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
      <SelectField
        label="The runner's language"
        name="locale"
        defaultValue={v.locale ?? locale}
        error={e.locale}
        options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
      />
      <ScreenFieldset
        groups={screen}
        none="None of these"
        legend="Red-flag screen: ask the runner"
        hint="Tick each sign the runner reports as new, or None of these. A yes opens a red flag on their page."
        ticked={v.signs}
        noneTicked={v.noSigns === "yes"}
        error={e.screen}
        showGroupTitles
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">History (ask the runner)</legend>
        <p className="text-sm text-slate-600">Tick any that apply. Shown on the runner&apos;s page; none of these is a red flag on its own.</p>
        {Object.entries(HISTORY_FLAGS).map(([code, label]) => (
          <label key={code} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="history" value={code} defaultChecked={(v.history ?? "").split(" ").includes(code)} className="size-5" />
            {label}
          </label>
        ))}
        {e.history ? <p className="text-sm text-pain-red">{e.history}</p> : null}
      </fieldset>
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add runner and create invite"}
      </Button>
    </form>
  );
}
