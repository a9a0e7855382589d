"use client";

import { useState } from "react";
import { SelectField } from "@/components/ui/select-field";
import { useDeviceZone } from "./use-device-zone";

/**
 * The runner's time zone. The device's zone is proposed: taken at once when nothing is stored yet (a new
 * runner), offered with a button when it differs from what is stored (a runner who moved or travels).
 * Without JavaScript it is a plain select.
 */
export function TimeZoneField({ zones, stored, name = "timeZone", label = "Time zone", error }: { zones: string[]; stored?: string; name?: string; label?: string; error?: string[] | string }) {
  const device = useDeviceZone();
  const known = device && zones.includes(device) ? device : null;
  const [chosen, setChosen] = useState<string | null>(stored ?? null);
  const value = chosen ?? known ?? zones[0]!;
  return (
    <div className="flex flex-col gap-1">
      <SelectField label={label} name={name} value={value} onChange={(e) => setChosen(e.target.value)} error={error} options={zones.map((z) => ({ value: z, label: z.replaceAll("_", " ") }))} />
      {known && known !== value ? (
        <button type="button" onClick={() => setChosen(known)} className="inline-flex min-h-11 items-center self-start text-sm font-medium text-brand-700 underline">
          Use this device&apos;s time zone ({known.replaceAll("_", " ")})
        </button>
      ) : null}
    </div>
  );
}
