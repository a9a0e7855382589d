import { useId, type TextareaHTMLAttributes } from "react";

export function TextareaField({
  label,
  error,
  hint,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string[] | string; hint?: string }) {
  const id = useId();
  const message = Array.isArray(error) ? error[0] : error;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        rows={3}
        aria-invalid={message ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : "", message ? `${id}-error` : ""].join(" ").trim() || undefined}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-pain-red"
        {...textarea}
      />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {message ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-pain-red">
          {message}
        </p>
      ) : null}
    </div>
  );
}
