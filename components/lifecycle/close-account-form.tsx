"use client";

import type { ReactNode } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { SaveRow } from "@/components/forms/save-row";
import { SwitchField } from "@/components/reminders/switch-field";
import { Field } from "@/components/ui/field";
import type { FormAction } from "@/lib/validation/form-state";

/**
 * Closing an account: what happens, a tick that says it was read, and (for the runner's own) their
 * password. The runner's form stops there, which keeps the dialog library off their phone; the clinic's
 * passes a submit that asks once more (`submit`).
 */
export function CloseAccountForm({
  action,
  words,
  withPassword,
  submit,
}: {
  action: FormAction;
  /** Finished on the server: who can no longer sign in, how long the record is kept. */
  words: { password: string; understood: string; kept: string; submit: string; closing: string };
  withPassword: boolean;
  submit?: (pending: boolean) => ReactNode;
}) {
  const [state, formAction, pending] = useFormAction(action);
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      {withPassword ? <Field label={words.password} name="password" type="password" autoComplete="current-password" error={e.password} /> : null}
      <SwitchField
        name="understood"
        label={words.understood}
        hint={words.kept}
        defaultChecked={false}
      />
      {e.understood ? <p className="text-sm font-medium text-pain-red">{e.understood.join(" ")}</p> : null}
      {/* A refusal (it has a code) is an alert; the clinic's "Closed" is a status beside the button. */}
      <FormMessage message={state.code ? state.message : undefined} />
      {submit ? submit(pending) : <SaveRow pending={pending} label={words.submit} pendingLabel={words.closing} variant="danger" />}
      {!state.code && state.message ? (
        <p role="status" className="text-sm">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
