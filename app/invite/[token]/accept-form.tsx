"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { TimeZoneField } from "@/components/time-zone-field";
import { Field } from "@/components/ui/field";
import type { FormAction } from "@/lib/validation/form-state";

export function AcceptForm({ action, email, timeZone, zones }: { action: FormAction; email: string; timeZone: string; zones: string[] }) {
  const [state, formAction, pending] = useFormAction(action);
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="username" value={email} autoComplete="username" />
      <Field label="Choose a password" name="password" type="password" autoComplete="new-password" error={e.password} hint="At least 10 characters." />
      <Field label="Type it again" name="confirm" type="password" autoComplete="new-password" error={e.confirm} />
      <TimeZoneField zones={zones} stored={state.values?.timeZone ?? timeZone} error={e.timeZone} label="Your time zone (your days and mornings follow it)" />
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Setting up…" : "Set password and start"}
      </Button>
    </form>
  );
}
