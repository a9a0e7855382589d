"use client";

import { useEffect, useRef } from "react";

/**
 * The form's idempotency key. The server renders one (enough without JavaScript); in the browser each page
 * load takes its own, because a page can come back from the phone's offline copy carrying the id of a form
 * that was already sent, and an entry sent under a used id would be taken for that one and lost. The new
 * id is also the input's default, so a form reset after a refused submit keeps it and a retry stores once.
 */
export function ClientIdField({ value }: { value: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = ref.current;
    const fresh = globalThis.crypto?.randomUUID?.();
    if (!input || !fresh) return;
    input.value = fresh;
    input.defaultValue = fresh;
  }, []);
  return <input ref={ref} type="hidden" name="clientId" defaultValue={value} />;
}
