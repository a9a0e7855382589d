"use client";

import Link from "next/link";
import { useDeviceZone } from "@/components/use-device-zone";
import { fill } from "@/lib/i18n/fill";

const offsetNow = (zone: string) =>
  new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(new Date()).find((p) => p.type === "timeZoneName")?.value;

/**
 * When the phone's clock is on another offset than the runner's stored zone (moved, travelling), the two
 * disagree on when a day starts: say so and offer the fix. Zones that keep the same time are left alone.
 * `words.zone` is the message with its {device} and {stored} left for the phone to fill.
 */
export function ZoneNotice({ stored, words }: { stored: string; words: { zone: string; change: string } }) {
  const device = useDeviceZone();
  if (!device || device === stored || offsetNow(device) === offsetNow(stored)) return null;
  return (
    <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
      {fill(words.zone, { device: device.replaceAll("_", " "), stored: stored.replaceAll("_", " ") })}{" "}
      <Link href="/settings" className="font-medium text-brand-700 underline">
        {words.change}
      </Link>
    </p>
  );
}
