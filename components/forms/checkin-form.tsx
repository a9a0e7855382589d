"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/validation/form-state";
import { FormMessage } from "./form-message";
import { ScoreScale } from "./score-scale";

export function CheckinForm({
  action,
  clientId,
  defaults,
  maxDate,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  clientId: string;
  defaults: { date: string; pain?: string; stiffness?: string };
  maxDate: string;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = { ...defaults, ...state.values };
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <input type="hidden" name="clientId" value={clientId} />
      <Field label="Morning of" name="date" type="date" max={maxDate} defaultValue={v.date} error={e.date} />
      <ScoreScale name="pain" legend="Pain this morning" defaultValue={v.pain} error={e.pain} />
      <ScoreScale name="stiffness" legend="Stiffness this morning" defaultValue={v.stiffness} error={e.stiffness} low="none" />
      <FormMessage message={state.message ?? e.clientId?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
