import { useId } from "react";

/**
 * The ids that tie a control (or a group of them) to its hint and its error, so a screen reader reads
 * both with it, and the error paragraph every form control shows the same way.
 */
export function useFieldMessages(hint: string | undefined, error: string[] | string | undefined) {
  const id = useId();
  const message = Array.isArray(error) ? error[0] : error;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = message ? `${id}-error` : undefined;
  /** aria-describedby: the hint, anything in between (a scale's end words), then the error. */
  const describedBy = (...between: string[]) => [hintId, ...between, errorId].filter(Boolean).join(" ") || undefined;
  return { id, message, hintId, errorId, describedBy };
}

export function FieldErrorMessage({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="text-sm text-pain-red">
      {message}
    </p>
  );
}
