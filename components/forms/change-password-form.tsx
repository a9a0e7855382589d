"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { changePasswordAction } from "@/lib/actions/account";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Current password, new one twice. The success message is a status; failures sit beside their field. */
export function ChangePasswordForm() {
  const [state, action, pending] = useFormAction(changePasswordAction);
  const e = state.errors ?? {};
  const done = state.message && !state.errors;
  return (
    <form action={action} noValidate className="flex max-w-md flex-col gap-4">
      <Field label="Current password" name="current" type="password" autoComplete="current-password" error={e.current} />
      <Field label="New password" name="password" type="password" autoComplete="new-password" error={e.password} hint="At least 10 characters." />
      <Field label="New password again" name="confirm" type="password" autoComplete="new-password" error={e.confirm} />
      {state.message ? (
        <p role={done ? "status" : "alert"} className={`rounded-md p-3 text-sm ${done ? "bg-brand-50" : "bg-red-50 text-pain-red"}`}>
          {state.message}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
