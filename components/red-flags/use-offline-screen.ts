"use client";

import { type FormEvent, useState } from "react";
import { NO_ANSWER, urgencyOf, type Urgency } from "@/lib/rules/red-flags";
import { enqueue, type OutboxKind } from "./outbox-store";

/**
 * Lets a form with a red-flag screen work without a connection. Online, the form posts as usual (and
 * without JavaScript it always does). Offline, the answer goes to the phone's outbox and, if a sign was
 * ticked, the advice shows at once: a runner must never wait on a signal to learn to go to hospital.
 */
export function useOfflineScreen(kind: OutboxKind) {
  const [queued, setQueued] = useState<{ urgency: Urgency | null; signs: string[] } | null>(null);
  const [offlineError, setOfflineError] = useState<string | undefined>();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (navigator.onLine) return;
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const signs = data.getAll("sign").filter((s): s is string => typeof s === "string");
    // The one check that cannot wait for the server: a blank screen is not a "no".
    if (data.has("asked") && signs.length === 0 && !data.has("noSigns")) {
      setOfflineError(NO_ANSWER);
      return;
    }
    setOfflineError(undefined);
    enqueue(kind, form);
    setQueued({ urgency: urgencyOf(signs), signs });
    window.scrollTo({ top: 0 });
  };
  return { queued, offlineError, onSubmit };
}
