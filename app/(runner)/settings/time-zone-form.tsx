"use client";

import { useActionState } from "react";
import { TimeZoneField } from "@/components/time-zone-field";
import { Button } from "@/components/ui/button";
import { setTimeZoneAction } from "./actions";

export function TimeZoneForm({ zones, stored }: { zones: string[]; stored: string }) {
  const [state, action, pending] = useActionState(setTimeZoneAction, {});
  return (
    <form action={action} className="flex flex-col gap-4">
      <TimeZoneField zones={zones} stored={state.values?.timeZone ?? stored} error={state.errors?.timeZone} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save time zone"}
      </Button>
      {state.message ? <p role="status" className="text-sm">{state.message}</p> : null}
    </form>
  );
}
