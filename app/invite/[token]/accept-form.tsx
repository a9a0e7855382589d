"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { TimeZoneField } from "@/components/time-zone-field";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import type { FormAction } from "@/lib/validation/form-state";

interface AcceptWords {
  password: string;
  passwordHint: string;
  confirm: string;
  timeZone: string;
  timeZoneHint: string;
  language: string;
  settingUp: string;
  submit: string;
}

/** The runner's first form, in the language their clinician chose: a password, their time zone and their language. */
export function AcceptForm({
  action,
  email,
  timeZone,
  zones,
  locale,
  languages,
  words,
}: {
  action: FormAction;
  email: string;
  timeZone: string;
  zones: string[];
  locale: string;
  languages: { value: string; label: string }[];
  words: AcceptWords;
}) {
  const [state, formAction, pending] = useFormAction(action);
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <Field label={words.password} name="password" type="password" autoComplete="new-password" error={e.password} hint={words.passwordHint} />
      <Field label={words.confirm} name="confirm" type="password" autoComplete="new-password" error={e.confirm} />
      <TimeZoneField zones={zones} stored={state.values?.timeZone ?? timeZone} error={e.timeZone} label={words.timeZone} hint={words.timeZoneHint} />
      <SelectField label={words.language} name="locale" defaultValue={state.values?.locale ?? locale} error={e.locale} options={languages} />
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? words.settingUp : words.submit}
      </Button>
    </form>
  );
}
