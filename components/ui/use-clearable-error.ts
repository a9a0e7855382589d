"use client";

import { useState, type SyntheticEvent } from "react";

type FieldError = string[] | string | undefined;

/** A control whose value can stand: a choice made, or text that is filled in and meets its own constraints. */
function holdsValidValue(target: EventTarget) {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement)) return false;
  if (target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox")) return target.checked;
  return target.value.trim() !== "" && target.checkValidity();
}

/**
 * A server's error on a field, cleared as soon as the person gives the field a valid value: "Enter the
 * distance." does not stay under a field that now holds 4.2. The error shown is the one of the latest
 * answer: a new refusal (a new error array, even with the same words) shows again.
 */
export function useClearableError(error: FieldError) {
  const [cleared, setCleared] = useState<FieldError>(undefined);
  const shown = error !== undefined && cleared === error ? undefined : error;
  const onValueChange = (event: SyntheticEvent) => {
    if (shown !== undefined && holdsValidValue(event.target)) setCleared(error);
  };
  return { error: shown, onValueChange };
}
