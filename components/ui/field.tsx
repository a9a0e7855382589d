import { useId, type InputHTMLAttributes } from "react";

/** A labelled input with its error beside it; the error is announced and tied to the input. */
export function Field({
  label,
  error,
  hint,
  className = "",
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string[] | string; hint?: string }) {
  const id = useId();
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-pain-red"
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} className="text-sm text-pain-red" role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}
