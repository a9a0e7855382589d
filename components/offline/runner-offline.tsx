"use client";

import { createContext, useContext } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { Outbox } from "./outbox";
import { RegisterServiceWorker } from "./register-service-worker";

const RunnerIdContext = createContext<string | null>(null);

/** What the phone's outbox calls things, in the runner's language (finished on the server, {placeholders} filled here). */
export interface OutboxWords {
  kinds: Record<"run" | "session" | "checkin" | "worry" | "runfile" | "measure", string>;
  on: string;
  region: string;
  backOnline: string;
  seeIt: string;
  refused: string;
  refusedReason: string;
  redFlagHint: string;
  waiting: string;
  since: string;
  sent: string;
}

const WordsContext = createContext<{ words: OutboxWords; locale: Locale } | null>(null);

/** Whose entries a form queues offline: the signed-in runner's. */
export function useRunnerId() {
  return useContext(RunnerIdContext);
}

/** The outbox's words and the runner's language, for naming an entry as it is kept. */
export function useOutboxWords() {
  return useContext(WordsContext);
}

/**
 * Offline support around the runner's pages: the service worker that keeps them openable, and the outbox
 * that sends what was entered without a connection once there is one, for this runner only.
 */
export function RunnerOffline({ runnerId, words, locale, children }: { runnerId: string; words: OutboxWords; locale: Locale; children: React.ReactNode }) {
  return (
    <RunnerIdContext value={runnerId}>
      <WordsContext value={{ words, locale }}>
        <RegisterServiceWorker />
        <Outbox runnerId={runnerId} words={words} />
        {children}
      </WordsContext>
    </RunnerIdContext>
  );
}
