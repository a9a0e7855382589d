"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { SwitchField } from "@/components/reminders/switch-field";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field } from "@/components/ui/field";
import type { FormAction } from "@/lib/validation/form-state";

/**
 * Closing an account: what happens, a tick that says it was read, and (for the runner's own) their
 * password; the button asks once more before it submits.
 */
export function CloseAccountForm({ action, whose, retentionYears, withPassword }: { action: FormAction; whose: string; retentionYears: number; withPassword: boolean }) {
  const [state, formAction, pending] = useFormAction(action);
  const e = state.errors ?? {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      {withPassword ? <Field label="Your password" name="password" type="password" autoComplete="current-password" error={e.password} /> : null}
      <SwitchField
        name="understood"
        label={`I understand: ${whose} can no longer sign in, and reminders and emails stop.`}
        hint={`The clinic keeps the clinical record for ${retentionYears} years, as health records must be kept; then the name, email, notes and files are removed.`}
        defaultChecked={false}
      />
      {e.understood ? (
        <p className="text-sm font-medium text-pain-red" id="understood-error">
          {e.understood.join(" ")}
        </p>
      ) : null}
      <FormMessage message={state.message} />
      <div>
        <ConfirmSubmit
          label={pending ? "Closing…" : withPassword ? "Close my account" : "Close this runner's account"}
          disabled={pending}
          title={withPassword ? "Close your StrideBack account?" : "Close this runner's account?"}
          description={`Sign-in, reminders and emails stop now. The clinic keeps the record for ${retentionYears} years.`}
          confirm={withPassword ? "Close my account" : "Close the account"}
        />
      </div>
    </form>
  );
}
