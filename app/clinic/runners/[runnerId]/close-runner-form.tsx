"use client";

import { CloseAccountForm } from "@/components/lifecycle/close-account-form";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import type { FormAction } from "@/lib/validation/form-state";

export interface CloseRunnerWords {
  form: Parameters<typeof CloseAccountForm>[0]["words"];
  title: string;
  description: string;
  confirm: string;
}

/** An admin closes a runner's account: the same form as the runner's own, without a password, asking once more before it submits. */
export function CloseRunnerForm({ action, words }: { action: FormAction; words: CloseRunnerWords }) {
  return (
    <CloseAccountForm
      action={action}
      words={words.form}
      withPassword={false}
      submit={(pending) => (
        <div>
          <ConfirmSubmit label={pending ? words.form.closing : words.form.submit} disabled={pending} title={words.title} description={words.description} confirm={words.confirm} />
        </div>
      )}
    />
  );
}
