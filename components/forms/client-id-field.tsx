"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The form's idempotency key. The server renders one (enough without JavaScript); in the browser each page
 * load takes its own, because a page can come back from the phone's offline copy carrying the id of a form
 * that was already sent, and an entry sent under a used id would be taken for that one and lost. The new
 * id is also the input's default, so a form reset after a refused submit keeps it and a retry stores once.
 * After a send that was refused or whose reply was lost, the form keeps the id it was sent with (`kept`),
 * whatever the page renders again: a retry must carry the same id, so that the entry is stored once.
 */
export function ClientIdField({ value, kept }: { value: string; /** The id this form was last sent with (its kept values). */ kept?: string }) {
  const [first] = useState(value);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = ref.current;
    const fresh = globalThis.crypto?.randomUUID?.();
    if (!input || !fresh) return;
    input.value = fresh;
    input.defaultValue = fresh;
  }, []);
  useEffect(() => {
    const input = ref.current;
    if (!input || !kept) return;
    input.value = kept;
    input.defaultValue = kept;
  }, [kept]);
  return <input ref={ref} type="hidden" name="clientId" defaultValue={first} />;
}
