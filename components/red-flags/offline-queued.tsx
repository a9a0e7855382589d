import type { Urgency } from "@/lib/rules/red-flags";
import { RedFlagAdvice } from "./red-flag-advice";

/** What a form shows once its answer is kept on the phone for later: the advice first, if there is any. */
export function OfflineQueued({
  urgency,
  signs,
  clinic,
  what,
}: {
  urgency: Urgency | null;
  signs: string[];
  clinic: { name: string; phone: string | null } | null;
  what: string;
}) {
  return (
    <div>
      {urgency ? <RedFlagAdvice urgency={urgency} signs={signs} clinic={clinic} sent={false} headingLevel={2} /> : null}
      <p role="status" className="rounded-md bg-amber-50 p-3 text-sm">
        You are offline. Your {what} is kept on this phone, waiting to send: it goes to your physio as soon as there is a connection (keep StrideBack open, or open it again later).
      </p>
    </div>
  );
}
