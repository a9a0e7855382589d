"use client";

import { PAGES_CACHE } from "@/lib/offline/cache-names";
import { forgetSharedRuns } from "@/lib/offline/shared-runs";

/**
 * Wraps the sign-out form: before the session ends, the copies of the runner's pages that the service
 * worker keeps for offline use (their plan, their logs) are deleted, and so are run files shared from the
 * watch's app and not yet read, for the phone may be shared. Entries still waiting to be sent stay: they
 * are the runner's, and only their own session will send them.
 */
export function ForgetOfflineCopies({ children }: { children: React.ReactNode }) {
  return (
    <div
      onSubmitCapture={() => {
        if ("caches" in window) void caches.delete(PAGES_CACHE);
        if ("indexedDB" in window) void forgetSharedRuns();
      }}
    >
      {children}
    </div>
  );
}
