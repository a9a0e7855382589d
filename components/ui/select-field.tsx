import type { SelectHTMLAttributes } from "react";
import { FieldShell } from "./field-shell";

export function SelectField({
  label,
  error,
  options,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; error?: string[] | string; options: { value: string; label: string }[] }) {
  return (
    <FieldShell label={label} error={error}>
      {(control) => (
        <select {...control} className="min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-pain-red" {...select}>
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
