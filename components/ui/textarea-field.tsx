"use client";

import type { TextareaHTMLAttributes } from "react";
import { FieldShell } from "./field-shell";

export function TextareaField({ label, error, hint, ...textarea }: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; error?: string[] | string; hint?: string }) {
  return (
    <FieldShell label={label} error={error} hint={hint}>
      {(control) => <textarea rows={3} {...control} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-pain-red" {...textarea} />}
    </FieldShell>
  );
}
