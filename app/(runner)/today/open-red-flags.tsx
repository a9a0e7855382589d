import Link from "next/link";
import { RedFlagAdvice } from "@/components/red-flags/red-flag-advice";
import type { RedFlagReport } from "@/lib/data/red-flags";
import { formatReported } from "@/lib/red-flag-time";
import { URGENCY_ORDER } from "@/lib/rules/red-flags";

/**
 * The runner's open red flags: the most urgent one's advice in full, any others as links. They stay
 * until the physio records what was done, so the advice cannot scroll away after one reading.
 */
export function OpenRedFlags({ flags, clinic }: { flags: RedFlagReport[]; clinic: { name: string; phone: string | null } | null }) {
  const open = flags.filter((f) => f.urgency != null).sort((a, b) => URGENCY_ORDER[a.urgency!] - URGENCY_ORDER[b.urgency!] || b.reportedAt.getTime() - a.reportedAt.getTime());
  const [first, ...others] = open;
  if (!first) return null;
  return (
    <>
      <RedFlagAdvice urgency={first.urgency!} signs={first.signs} clinic={clinic} reported={formatReported(first.reportedAt, first.timeZone)} alerted={first.alertQueuedAt != null} headingLevel={2} />
      {others.length > 0 ? (
        <ul className="mb-4 text-sm" aria-label="Other answers your physio has not closed yet">
          {others.map((f) => (
            <li key={f.id}>
              <Link href={`/red-flags/${f.id}`} className="font-semibold text-urgent underline">
                Also reported {formatReported(f.reportedAt, f.timeZone)}: what to do
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
