import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RedFlagAdvice } from "@/components/red-flags/red-flag-advice";
import { requireRunner } from "@/lib/auth/current-actor";
import { getClinicContact, getRedFlag } from "@/lib/data/red-flags";
import { formatReported } from "@/lib/red-flag-time";
import { RESOLUTIONS } from "@/lib/rules/red-flags";

export const metadata: Metadata = { title: "What to do now" };

/** The advice for one red flag the runner reported: the page a yes leads to, with nothing above it. */
export default async function RedFlagPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRunner();
  const { id } = await params;
  const [flag, clinic] = await Promise.all([getRedFlag(actor, id), getClinicContact(actor)]);
  if (!flag || !flag.urgency) notFound();
  return (
    <>
      <RedFlagAdvice urgency={flag.urgency} signs={flag.signs} clinic={clinic} reported={formatReported(flag.reportedAt, flag.timeZone)} alerted={flag.alertQueuedAt != null} />
      {flag.resolution ? (
        <p className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {flag.resolvedBy} recorded: {RESOLUTIONS[flag.resolution].toLowerCase()}
          {flag.resolvedAt ? `, ${formatReported(flag.resolvedAt, flag.timeZone)}` : ""}.
        </p>
      ) : null}
      <Link href="/today" className="text-sm font-semibold text-brand-900 underline">
        Back to today
      </Link>
    </>
  );
}
