"use client";

import { createContext, useContext } from "react";

/**
 * The few words the shared client widgets say on every page (a pending button, a dialog's cancel, the
 * time-zone field, the error boundary), finished on the server in the reader's language and handed down
 * once from the root layout: a few hundred bytes, never a message file or a formatter on the phone.
 */
export interface CommonWords {
  saving: string;
  cancel: string;
  pageErrorTitle: string;
  pageErrorBody: string;
  tryAgain: string;
  timeZone: string;
  timeZoneHint: string;
  /** Keeps {zone}, filled on the phone (lib/i18n/fill). */
  useDeviceZone: string;
  shownOnce: string;
}

const Words = createContext<CommonWords | null>(null);

export function CommonWordsProvider({ words, children }: { words: CommonWords; children: React.ReactNode }) {
  return <Words value={words}>{children}</Words>;
}

export function useCommonWords(): CommonWords {
  const words = useContext(Words);
  if (!words) throw new Error("useCommonWords outside CommonWordsProvider (app/layout.tsx provides it)");
  return words;
}
