"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signInAction, type SignInState } from "./actions";

export function LoginForm({ words }: { words: { email: string; password: string; submit: string; signingIn: string } }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <Field label={words.email} name="email" type="email" autoComplete="email" required defaultValue={state.email} />
      <Field label={words.password} name="password" type="password" autoComplete="current-password" required />
      {state.error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-pain-red">
          {state.error}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? words.signingIn : words.submit}
      </Button>
    </form>
  );
}
