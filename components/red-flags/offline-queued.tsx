import type { RedFlagWords } from "@/lib/i18n/red-flag-words";
import type { Urgency } from "@/lib/rules/red-flags";
import { OfflineKept } from "@/components/offline/offline-kept";
import { RedFlagAdvice } from "./red-flag-advice";

/** What a form shows once its answer is kept on the phone for later: the advice first, if there is any. */
export function OfflineQueued({
  urgency,
  signs,
  clinic,
  words,
  kept,
}: {
  urgency: Urgency | null;
  signs: string[];
  clinic: { name: string; phone: string | null } | null;
  /** The advice's words; a form without a screen has none to give. */
  words?: RedFlagWords;
  /** What the form says of its entry kept on the phone, in the reader's language. */
  kept: string;
}) {
  return (
    <div>
      {urgency && words ? <RedFlagAdvice urgency={urgency} signs={signs} clinic={clinic} words={words} sent={false} headingLevel={2} /> : null}
      <OfflineKept message={kept} />
    </div>
  );
}
