"use client";

import { CloseAccountForm } from "@/components/lifecycle/close-account-form";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { FormAction } from "@/lib/validation/form-state";

/** An admin closes a runner's account: the same form as the runner's own, without a password, asking once more before it submits. */
export function CloseRunnerForm({ action, name, retentionYears }: { action: FormAction; name: string; retentionYears: number }) {
  return (
    <CloseAccountForm
      action={action}
      whose={name}
      retentionYears={retentionYears}
      withPassword={false}
      submit={(pending) => (
        <div>
          <ConfirmSubmit
            label={pending ? "Closing…" : "Close this runner's account"}
            disabled={pending}
            title={`Close ${name}'s account?`}
            description={`${name} is signed out and hears nothing more from StrideBack. The clinic keeps the record for ${retentionYears} years.`}
            confirm="Close the account"
          />
        </div>
      )}
    />
  );
}
