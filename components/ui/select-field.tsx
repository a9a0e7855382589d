import { useId, type SelectHTMLAttributes } from "react";

export function SelectField({
  label,
  error,
  options,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; error?: string[] | string; options: { value: string; label: string }[] }) {
  const id = useId();
  const message = Array.isArray(error) ? error[0] : error;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-pain-red"
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {message ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-pain-red">
          {message}
        </p>
      ) : null}
    </div>
  );
}
