"use client";

import { FieldErrorMessage, useFieldMessages } from "./field-messages";
import { useClearableError } from "./use-clearable-error";

/**
 * The label, hint and error around any form control, with the ids that tie them together: the error is
 * announced, and the control is described by its hint and error. The error goes as soon as the field
 * holds a valid value.
 */
export function FieldShell({
  label,
  hint,
  error,
  className = "",
  children,
}: {
  label: string;
  hint?: string;
  error?: string[] | string;
  className?: string;
  children: (control: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const { error: shown, onValueChange } = useClearableError(error);
  const { id, message, hintId, errorId, describedBy } = useFieldMessages(hint, shown);
  return (
    <div className={`flex flex-col gap-1 ${className}`} onInput={onValueChange} onChange={onValueChange}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy() })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldErrorMessage id={errorId} message={message} />
    </div>
  );
}
