"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { useDeviceZone } from "./use-device-zone";
import { useCommonWords } from "@/components/words/common-words";
import { fill } from "@/lib/i18n/fill";

/** "Auckland (Pacific)": the city a person looks for first, then the region that tells two apart. */
function zoneLabel(zone: string) {
  const parts = zone.split("/");
  const city = parts.at(-1)!.replaceAll("_", " ");
  return parts.length > 1 ? `${city} (${parts.slice(0, -1).join(", ").replaceAll("_", " ")})` : city;
}

/**
 * A time zone, searched by city: a text field with the zones as suggestions (a native datalist, so it
 * works without JavaScript and with every screen reader), "Auckland" finding Pacific/Auckland. The
 * device's zone is proposed: taken at once when nothing is stored yet (a new runner), offered with a
 * button when it differs from what is shown (a runner who moved or travels). The server accepts a zone's
 * name or its city alone, and refuses anything else beside the field.
 *
 * The field is the browser's, not React state: on a slow phone a person can type before the page has
 * hydrated, and a controlled field would be set back by the first render after hydration.
 */
export function TimeZoneField({
  zones,
  stored,
  name = "timeZone",
  label,
  hint,
  error,
}: {
  zones: string[];
  stored?: string;
  name?: string;
  label?: string;
  hint?: string;
  error?: string[] | string;
}) {
  const words = useCommonWords();
  const device = useDeviceZone();
  const known = device && zones.includes(device) ? device : null;
  const field = useRef<HTMLInputElement>(null);
  const listId = useId();
  const initial = stored ?? "";
  const [shown, setShown] = useState(initial);

  useEffect(() => {
    const element = field.current;
    if (!element) return;
    // Nothing stored and nothing typed yet: the device's zone is the best first answer.
    if (stored === undefined && known && element.value === "") element.value = known;
    setShown(element.value);
  }, [stored, known]);

  const use = (zone: string) => {
    if (field.current) field.current.value = zone;
    setShown(zone);
  };
  return (
    <div className="flex flex-col gap-1">
      <Field
        ref={field}
        label={label ?? words.timeZone}
        name={name}
        list={listId}
        defaultValue={initial}
        onChange={(e) => setShown(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        hint={hint ?? words.timeZoneHint}
        error={error}
      />
      <datalist id={listId}>
        {zones.map((z) => (
          <option key={z} value={z}>
            {zoneLabel(z)}
          </option>
        ))}
      </datalist>
      {known && known !== shown ? (
        <button type="button" onClick={() => use(known)} className="inline-flex min-h-11 items-center self-start text-sm font-medium text-brand-700 underline">
          {fill(words.useDeviceZone, { zone: known.replaceAll("_", " ") })}
        </button>
      ) : null}
    </div>
  );
}
