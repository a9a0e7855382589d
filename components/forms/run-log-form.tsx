"use client";

import { ClientIdField } from "@/components/forms/client-id-field";
import { useSavedAction } from "@/components/forms/use-saved-action";
import { OfflineKept } from "@/components/offline/offline-kept";
import { useOfflineEntry } from "@/components/offline/use-offline-entry";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { PainBands } from "@/lib/rules/thresholds";
import type { DistanceUnit } from "@/lib/units";
import type { FormAction } from "@/lib/validation/form-state";
import { FormMessage } from "./form-message";
import { ScoreScale } from "./score-scale";
import { SUDDEN_PAIN_QUESTION, YesNoField } from "./yes-no-field";

export interface RunDefaults {
  date: string;
  distanceKm?: string;
  durationMinutes?: string;
  rpe?: string;
  painDuring?: string;
  painAfter?: string;
  notes?: string;
  suddenPain?: string;
}

export function RunLogForm({
  action,
  clientId,
  defaults,
  maxDate,
  submitLabel,
  bands,
  offline = false,
  askSuddenPain = false,
  fromFile,
  unit = "km",
}: {
  action: FormAction;
  clientId: string;
  defaults: RunDefaults;
  /** A hamstring presentation: every run asks about a sudden sharp pain or a pop. */
  askSuddenPain?: boolean;
  /** The runner's own limits, to colour the chosen pain score. */
  bands: PainBands;
  maxDate: string;
  submitLabel: string;
  /** A new run (not an edit) may be kept on the phone without a connection and sent later. */
  offline?: boolean;
  /** A run read from a watch's file: its date, distance and time are the file's, so only the runner's answers are asked. */
  fromFile?: { id: string };
  /** Kilometres or miles: the distance is typed in the runner's unit and stored in kilometres. */
  unit?: DistanceUnit;
}) {
  const [state, formAction, pending] = useSavedAction(action);
  const queue = useOfflineEntry("run");
  if (offline && queue.queued) return <OfflineKept what="run" />;
  // After a failed submit the form shows what was typed, not the defaults.
  const v = { ...defaults, ...state.values } as RunDefaults;
  const e = state.errors ?? {};
  return (
    <form action={formAction} onSubmit={offline ? queue.onSubmit : undefined} noValidate className="flex flex-col gap-5">
      <ClientIdField value={clientId} kept={state.values?.clientId} />
      {fromFile ? (
        <input type="hidden" name="runFileId" value={fromFile.id} />
      ) : (
        <div className="grid grid-cols-2 gap-3">
          <Field label="Date" name="date" type="date" max={maxDate} defaultValue={v.date} error={e.date} className="col-span-2" />
          <Field label={`Distance (${unit})`} name="distanceKm" inputMode="decimal" defaultValue={v.distanceKm} error={e.distanceKm} />
          <input type="hidden" name="distanceUnit" value={unit} />
          <Field label="Duration (minutes)" name="durationMinutes" inputMode="numeric" defaultValue={v.durationMinutes} error={e.durationMinutes} />
        </div>
      )}
      <ScoreScale name="painDuring" legend="Pain during the run" defaultValue={v.painDuring} error={e.painDuring} bands={bands.during} />
      <ScoreScale name="painAfter" legend="Pain after the run" hint="Required: your physio's rules judge the run by it." defaultValue={v.painAfter} error={e.painAfter} bands={bands.after} />
      {askSuddenPain ? <YesNoField name="suddenPain" legend={SUDDEN_PAIN_QUESTION} defaultValue={v.suddenPain} error={e.suddenPain} /> : null}
      <ScoreScale name="rpe" legend="Effort (RPE)" low="rest" high="maximal" defaultValue={v.rpe} error={e.rpe} />
      <TextareaField label="Notes" name="notes" defaultValue={v.notes} error={e.notes} hint="Optional: route, surface, how the leg felt." />
      <FormMessage message={state.message ?? e.clientId?.[0] ?? e.runFileId?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
