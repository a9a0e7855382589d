"use client";

import { ClientIdField } from "@/components/forms/client-id-field";
import { FormMessage } from "@/components/forms/form-message";
import { useSavedAction } from "@/components/forms/use-saved-action";
import { Button } from "@/components/ui/button";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import type { Instrument } from "@/lib/outcomes/instrument";
import type { FormAction } from "@/lib/validation/form-state";

export interface LefsWords {
  /** "{count} question is not answered yet." and its plural, chosen on the phone by the language's plural rules. */
  unansweredOne: string;
  unansweredOther: string;
  saving: string;
  save: string;
}

/** The 20 LEFS questions as radio groups, each choice a full-width tap target with its words on screen. */
export function LefsForm({ action, clientId, lefs, words, locale }: { action: FormAction; clientId: string; lefs: Instrument; words: LefsWords; locale: Locale }) {
  const [state, formAction, pending] = useSavedAction(action);
  const e = state.errors ?? {};
  const missing = lefs.items.filter((_, i) => e[`q${i + 1}`]).length;
  const unanswered = fill(new Intl.PluralRules(locale).select(missing) === "one" ? words.unansweredOne : words.unansweredOther, { count: missing });
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <ClientIdField value={clientId} kept={state.values?.clientId} />
      <p className="font-medium">{lefs.stem}</p>
      {lefs.items.map((item, i) => {
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
              {lefs.scale.choices.map((choice) => (
                <label key={choice.value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 text-sm has-[:checked]:bg-brand-50">
                  <input type="radio" name={name} value={choice.value} defaultChecked={state.values?.[name] === String(choice.value)} className="h-5 w-5 accent-brand-700" />
                  {choice.label}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <FormMessage message={state.message ?? e.clientId?.[0] ?? (missing ? unanswered : undefined)} />
      <Button type="submit" disabled={pending}>
        {pending ? words.saving : words.save}
      </Button>
    </form>
  );
}
