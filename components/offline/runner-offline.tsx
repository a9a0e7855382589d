"use client";

import { createContext, useContext } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { Outbox } from "./outbox";
import type { OutboxWords } from "./outbox-words";
import { RegisterServiceWorker } from "./register-service-worker";

const RunnerIdContext = createContext<string | null>(null);


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
