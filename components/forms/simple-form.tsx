"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { SwitchField } from "@/components/reminders/switch-field";
import { SaveRow } from "@/components/forms/save-row";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { TimeZoneField } from "@/components/time-zone-field";
import { useCommonWords } from "@/components/words/common-words";
import type { FormAction } from "@/lib/validation/form-state";

/*
 * A form described as data, for the many short forms of running an account and a clinic (a code, an email,
 * a colleague to choose): labelled fields, errors beside them, what was typed kept (never a password), the
 * result said once. Longer forms with their own layout keep their own component.
 */
export type SimpleField =
  | { kind?: "text" | "email" | "password" | "date" | "numeric"; name: string; label: string; hint?: string; defaultValue?: string; autoComplete?: string }
  | { kind: "select"; name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string }
  | { kind: "checkbox"; name: string; label: string; hint?: string; defaultChecked?: boolean }
  /** Searched by city; with no default, the device's zone is proposed. */
  | { kind: "timeZone"; name: string; label: string; zones: string[]; defaultValue?: string }
  | { kind: "hidden"; name: string; value: string };

export function SimpleForm({
  action,
  fields,
  submit,
  pendingLabel,
  variant = "primary",
  inline = false,
  afterShown,
}: {
  action: FormAction;
  fields: SimpleField[];
  submit: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  /** A one-button form inside a row (an action on a colleague). */
  inline?: boolean;
  /** Where to go once the lines shown once have been read. */
  afterShown?: { href: string; label: string };
}) {
  const [state, formAction, pending] = useFormAction(action);
  const words = useCommonWords();
  const e = state.errors ?? {};
  const kept = (name: string, fallback?: string) => state.values?.[name] ?? fallback;
  const otherErrors = Object.entries(e)
    .filter(([name]) => !fields.some((f) => f.kind !== "hidden" && f.name === name))
    .flatMap(([, messages]) => messages ?? []);
  return (
    <form action={formAction} noValidate className={inline ? "flex flex-wrap items-end gap-2" : "flex flex-col gap-4"}>
      {fields.map((f) => {
        if (f.kind === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
        if (f.kind === "select") return <SelectField key={f.name} label={f.label} name={f.name} options={f.options} defaultValue={kept(f.name, f.defaultValue)} error={e[f.name]} />;
        if (f.kind === "timeZone") return <TimeZoneField key={f.name} name={f.name} label={f.label} zones={f.zones} stored={kept(f.name, f.defaultValue)} error={e[f.name]} />;
        if (f.kind === "checkbox") return <SwitchField key={f.name} name={f.name} label={f.label} hint={f.hint} defaultChecked={state.values ? state.values[f.name] === "on" : (f.defaultChecked ?? false)} />;
        const type = f.kind === "numeric" ? "text" : (f.kind ?? "text");
        return (
          <Field
            key={f.name}
            label={f.label}
            name={f.name}
            type={type}
            inputMode={f.kind === "numeric" ? "decimal" : undefined}
            autoComplete={f.autoComplete}
            hint={f.hint}
            defaultValue={f.kind === "password" ? undefined : kept(f.name, f.defaultValue)}
            error={e[f.name]}
          />
        );
      })}
      <FormMessage message={otherErrors.length ? otherErrors.join(" ") : undefined} />
      {state.shown?.length ? (
        <ul aria-label={words.shownOnce} className="grid grid-cols-2 gap-1 rounded-md bg-slate-100 p-3 font-mono text-sm">
          {state.shown.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {state.shown?.length && afterShown ? (
        <a href={afterShown.href} className="font-medium text-brand-700 underline">
          {afterShown.label}
        </a>
      ) : null}
      <SaveRow pending={pending} label={submit} pendingLabel={pendingLabel} message={state.message} variant={variant} />
    </form>
  );
}
