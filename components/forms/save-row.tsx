"use client";

import { Button } from "@/components/ui/button";
import { useCommonWords } from "@/components/words/common-words";

/** A form's submit button with its result beside it, read out when it changes. */
export function SaveRow({ pending, label, pendingLabel, message, variant }: { pending: boolean; label: string; pendingLabel?: string; message?: string; variant?: "primary" | "secondary" | "danger" }) {
  const { saving } = useCommonWords();
  return (
    <div className="flex items-center gap-3">
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? (pendingLabel ?? saving) : label}
      </Button>
      {message ? (
        <p role="status" className="text-sm">
          {message}
        </p>
      ) : null}
    </div>
  );
}
