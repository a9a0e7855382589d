"use client";

import { type FormEvent, useState } from "react";
import { type OutboxKind, queueEntry } from "./outbox-store";
import type { OutboxWords } from "./outbox-words";
import { useOutboxWords, useRunnerId } from "./runner-offline";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/locales";
import { formatDay } from "@/lib/date-format";


/** How an entry is named on the phone's list: its kind and its day, in the app's one format (Intl: no date library ships to the phone). */
export function describeEntry(kind: OutboxKind, data: FormData, { words, locale }: { words: OutboxWords; locale: Locale }) {
  const date = String(data.get("date") ?? "");
  const real = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(new Date(`${date}T00:00:00Z`).getTime());
  return real ? fill(words.on, { what: words.kinds[kind], date: formatDay(date, locale) }) : words.kinds[kind];
}

/**
 * Lets a log form work without a connection. Online, the form posts as usual (and without JavaScript it
 * always does). Offline, the entry goes to the phone's outbox, shown as waiting to send, and the outbox
 * sends it once the connection returns. `check` is what cannot wait for the server (a blank red-flag
 * screen is not a "no").
 */
export function useOfflineEntry(kind: OutboxKind, check?: (data: FormData) => string | undefined) {
  const runnerId = useRunnerId();
  const named = useOutboxWords();
  const [queued, setQueued] = useState<FormData | null>(null);
  const [offlineError, setOfflineError] = useState<string | undefined>();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (navigator.onLine || !runnerId || !named) return;
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const problem = check?.(data);
    setOfflineError(problem);
    if (problem) return;
    void queueEntry(kind, form, runnerId, describeEntry(kind, data, named));
    setQueued(data);
    window.scrollTo({ top: 0 });
  };
  return { queued, offlineError, onSubmit };
}
