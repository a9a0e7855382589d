"use client";

import { useEffect, useRef, useState } from "react";
import { SelectField } from "@/components/ui/select-field";
import { useDeviceZone } from "./use-device-zone";

/**
 * The runner's time zone. The device's zone is proposed: taken at once when nothing is stored yet (a new
 * runner), offered with a button when it differs from what is shown (a runner who moved or travels).
 * Without JavaScript it is a plain select.
 *
 * The select is the browser's, not React state: on a slow phone a runner can choose a zone before the page
 * has hydrated, and a controlled select was set back to the stored zone by the first render after
 * hydration, so the form saved the old zone and said it had saved it. React state here only decides
 * whether to offer the device's zone.
 */
export function TimeZoneField({ zones, stored, name = "timeZone", label = "Time zone", error }: { zones: string[]; stored?: string; name?: string; label?: string; error?: string[] | string }) {
  const device = useDeviceZone();
  const known = device && zones.includes(device) ? device : null;
  const select = useRef<HTMLSelectElement>(null);
  const initial = stored ?? zones[0]!;
  const [shown, setShown] = useState(initial);

  useEffect(() => {
    const element = select.current;
    if (!element) return;
    // Nothing stored and nothing chosen yet: the device's zone is the best first answer.
    if (stored === undefined && known && element.value === initial) element.value = known;
    setShown(element.value);
  }, [stored, known, initial]);

  const use = (zone: string) => {
    if (select.current) select.current.value = zone;
    setShown(zone);
  };
  return (
    <div className="flex flex-col gap-1">
      <SelectField ref={select} label={label} name={name} defaultValue={initial} onChange={(e) => setShown(e.target.value)} error={error} options={zones.map((z) => ({ value: z, label: z.replaceAll("_", " ") }))} />
      {known && known !== shown ? (
        <button type="button" onClick={() => use(known)} className="inline-flex min-h-11 items-center self-start text-sm font-medium text-brand-700 underline">
          Use this device&apos;s time zone ({known.replaceAll("_", " ")})
        </button>
      ) : null}
    </div>
  );
}
