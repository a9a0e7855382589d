"use client";

import { type FormEvent, useState } from "react";
import { type OutboxKind, queueEntry } from "./outbox-store";
import { useRunnerId } from "./runner-offline";
import { formatDay } from "@/lib/date-format";

const WHAT: Record<OutboxKind, string> = { run: "Run", session: "Exercise session", checkin: "Check-in", worry: "Answer to \u201csomething new\u201d", runfile: "Run from your watch", measure: "Questionnaire" };

/** How an entry is named on the phone's list: its kind and its day, in the app's one format (Intl: no date library ships to the phone). */
export function describeEntry(kind: OutboxKind, data: FormData) {
  const date = String(data.get("date") ?? "");
  const real = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(new Date(`${date}T00:00:00Z`).getTime());
  return real ? `${WHAT[kind]} on ${formatDay(date)}` : WHAT[kind];
}

/**
 * Lets a log form work without a connection. Online, the form posts as usual (and without JavaScript it
 * always does). Offline, the entry goes to the phone's outbox, shown as waiting to send, and the outbox
 * sends it once the connection returns. `check` is what cannot wait for the server (a blank red-flag
 * screen is not a "no").
 */
export function useOfflineEntry(kind: OutboxKind, check?: (data: FormData) => string | undefined) {
  const runnerId = useRunnerId();
  const [queued, setQueued] = useState<FormData | null>(null);
  const [offlineError, setOfflineError] = useState<string | undefined>();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (navigator.onLine || !runnerId) return;
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const problem = check?.(data);
    setOfflineError(problem);
    if (problem) return;
    void queueEntry(kind, form, runnerId, describeEntry(kind, data));
    setQueued(data);
    window.scrollTo({ top: 0 });
  };
  return { queued, offlineError, onSubmit };
}
