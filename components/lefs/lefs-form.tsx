"use client";

import { ClientIdField } from "@/components/forms/client-id-field";
import { FormMessage } from "@/components/forms/form-message";
import { useSavedAction } from "@/components/forms/use-saved-action";
import { Button } from "@/components/ui/button";
import { LEFS_CHOICES, LEFS_ITEMS, LEFS_QUESTION } from "@/lib/rules/lefs";
import type { FormAction } from "@/lib/validation/form-state";

/** The 20 LEFS questions as radio groups, each choice a full-width tap target with its words on screen. */
export function LefsForm({ action, clientId }: { action: FormAction; clientId: string }) {
  const [state, formAction, pending] = useSavedAction(action);
  const e = state.errors ?? {};
  const missing = LEFS_ITEMS.filter((_, i) => e[`q${i + 1}`]).length;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <ClientIdField value={clientId} kept={state.values?.clientId} />
      <p className="font-medium">{LEFS_QUESTION}</p>
      {LEFS_ITEMS.map((item, i) => {
        const name = `q${i + 1}`;
        const error = e[name]?.[0];
        return (
          <fieldset key={name} aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined} className="rounded-md border border-slate-200 bg-white p-3">
            <legend className="px-1 text-sm font-semibold">
              {i + 1}. {item}
            </legend>
            {error ? (
              <p id={`${name}-error`} className="mb-1 text-sm text-pain-red">
                {error}
              </p>
            ) : null}
            <div className="flex flex-col gap-1">
              {LEFS_CHOICES.map((choice) => (
                <label key={choice.value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 text-sm has-[:checked]:bg-brand-50">
                  <input type="radio" name={name} value={choice.value} defaultChecked={state.values?.[name] === String(choice.value)} className="h-5 w-5 accent-brand-700" />
                  {choice.label}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <FormMessage message={state.message ?? e.clientId?.[0] ?? (missing ? `${missing} question${missing === 1 ? " is" : "s are"} not answered yet.` : undefined)} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save questionnaire"}
      </Button>
    </form>
  );
}
