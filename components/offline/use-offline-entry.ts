"use client";

import { type FormEvent, useState } from "react";
import { type OutboxKind, queueEntry } from "./outbox-store";
import { useRunnerId } from "./runner-offline";

const WHAT: Record<OutboxKind, string> = { run: "Run", session: "Exercise session", checkin: "Check-in", worry: "Answer to \u201csomething new\u201d" };

/** The day in the phone's own words: the platform's formatter, so no date library ships to the phone for it. */
const phoneDay = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });

/** How an entry is named on the phone's list: its kind and its day. */
export function describeEntry(kind: OutboxKind, data: FormData) {
  const day = new Date(`${String(data.get("date") ?? "")}T00:00:00Z`);
  return Number.isNaN(day.getTime()) ? WHAT[kind] : `${WHAT[kind]} on ${phoneDay.format(day)}`;
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
