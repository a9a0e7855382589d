"use client";

import { useOfflineEntry } from "@/components/offline/use-offline-entry";
import { urgencyOf } from "@/lib/rules/red-flags";

const signsOf = (data: FormData) => data.getAll("sign").filter((s): s is string => typeof s === "string");

/**
 * A form with a red-flag screen, without a connection: the answer waits in the phone's outbox and, if a
 * sign was ticked, the advice shows at once: a runner must never wait on a signal to learn to go to hospital.
 * `noAnswer` is the refusal of a blank screen, in the runner's language (RedFlagWords).
 */
export function useOfflineScreen(kind: "checkin" | "worry", noAnswer: string) {
  const offline = useOfflineEntry(kind, (data) => (data.has("asked") && signsOf(data).length === 0 && !data.has("noSigns") ? noAnswer : undefined));
  const signs = offline.queued ? signsOf(offline.queued) : [];
  return { ...offline, queued: offline.queued ? { urgency: urgencyOf(signs), signs } : null };
}
