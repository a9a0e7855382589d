"use client";

import type { ComponentPropsWithRef } from "react";
import { FieldShell } from "./field-shell";

/** A labelled input with its error beside it. */
export function Field({ label, error, hint, className, ...input }: ComponentPropsWithRef<"input"> & { label: string; error?: string[] | string; hint?: string }) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={className}>
      {(control) => <input {...control} className="min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-pain-red" {...input} />}
    </FieldShell>
  );
}
