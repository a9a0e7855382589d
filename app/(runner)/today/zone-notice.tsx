"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** When the phone's zone differs from the runner's stored one (moved, travelling), say so and offer the fix. */
export function ZoneNotice({ stored }: { stored: string }) {
  const device = useSyncExternalStore(noSubscription, deviceZone, () => null);
  if (!device || device === stored) return null;
  return (
    <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
      Your phone is set to {device.replaceAll("_", " ")}, but your days follow {stored.replaceAll("_", " ")}.{" "}
      <Link href="/settings" className="font-medium text-brand-700 underline">
        Change your time zone
      </Link>
    </p>
  );
}
