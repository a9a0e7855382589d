"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { changePasswordAction } from "@/lib/actions/account";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export interface PasswordWords {
  current: string;
  password: string;
  passwordHint: string;
  confirm: string;
  changing: string;
  change: string;
}

/** Current password, new one twice. The success message is a status; failures sit beside their field. */
export function ChangePasswordFields({ words }: { words: PasswordWords }) {
  const [state, action, pending] = useFormAction(changePasswordAction);
  const e = state.errors ?? {};
  const done = state.message && !state.errors;
  return (
    <form action={action} noValidate className="flex max-w-md flex-col gap-4">
      <Field label={words.current} name="current" type="password" autoComplete="current-password" error={e.current} />
      <Field label={words.password} name="password" type="password" autoComplete="new-password" error={e.password} hint={words.passwordHint} />
      <Field label={words.confirm} name="confirm" type="password" autoComplete="new-password" error={e.confirm} />
      {state.message ? (
        <p role={done ? "status" : "alert"} className={`rounded-md p-3 text-sm ${done ? "bg-brand-50" : "bg-red-50 text-pain-red"}`}>
          {state.message}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? words.changing : words.change}
      </Button>
    </form>
  );
}
