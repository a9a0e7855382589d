"use client";

import type { ComponentPropsWithRef } from "react";
import { FieldShell } from "./field-shell";

/**
 * A labelled select, uncontrolled: what the user chose stays chosen, even when they chose it before the page
 * finished loading.
 *
 * Keyed by its default: React resets a form after its action, and a select goes back to the option selected
 * when it was first drawn, since React updates an input's default but never a select's. A saved value
 * arrives as a new default, the key draws a new select with it, and the reset then lands on what was saved,
 * not on what the page first showed (which a second save would otherwise store again).
 */
export function SelectField({
  label,
  error,
  options,
  ...select
}: Omit<ComponentPropsWithRef<"select">, "value"> & { label: string; error?: string[] | string; options: { value: string; label: string }[] }) {
  return (
    <FieldShell label={label} error={error}>
      {(control) => (
        <select key={String(select.defaultValue)} {...control} className="min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-pain-red" {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
