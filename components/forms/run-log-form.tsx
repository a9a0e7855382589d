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
import { fill } from "@/lib/i18n/fill";
import type { FormAction } from "@/lib/validation/form-state";
import { FormMessage } from "./form-message";
import { ScoreScale } from "./score-scale";
import { YesNoField } from "./yes-no-field";

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

/** The run form's words, from the server in the runner's language (components/forms/run-words.ts). */
export interface RunWords {
  date: string;
  /** Keeps {unit} for the runner's kilometres or miles. */
  distance: string;
  duration: string;
  painDuring: string;
  painAfter: string;
  painAfterHint: string;
  suddenPain: string;
  answers: { yes: string; no: string };
  effort: string;
  rest: string;
  maximal: string;
  noPain: string;
  worst: string;
  notes: string;
  notesHint: string;
  saving: string;
  offlineKept: string;
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
  words,
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
  words: RunWords;
}) {
  const [state, formAction, pending] = useSavedAction(action);
  const queue = useOfflineEntry("run");
  if (offline && queue.queued) return <OfflineKept message={words.offlineKept} />;
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
          <Field label={words.date} name="date" type="date" max={maxDate} defaultValue={v.date} error={e.date} className="col-span-2" />
          <Field label={fill(words.distance, { unit })} name="distanceKm" inputMode="decimal" defaultValue={v.distanceKm} error={e.distanceKm} />
          <input type="hidden" name="distanceUnit" value={unit} />
          <Field label={words.duration} name="durationMinutes" inputMode="numeric" defaultValue={v.durationMinutes} error={e.durationMinutes} />
        </div>
      )}
      <ScoreScale name="painDuring" legend={words.painDuring} low={words.noPain} high={words.worst} defaultValue={v.painDuring} error={e.painDuring} bands={bands.during} />
      <ScoreScale name="painAfter" legend={words.painAfter} hint={words.painAfterHint} low={words.noPain} high={words.worst} defaultValue={v.painAfter} error={e.painAfter} bands={bands.after} />
      {askSuddenPain ? <YesNoField name="suddenPain" legend={words.suddenPain} answers={words.answers} defaultValue={v.suddenPain} error={e.suddenPain} /> : null}
      <ScoreScale name="rpe" legend={words.effort} low={words.rest} high={words.maximal} defaultValue={v.rpe} error={e.rpe} />
      <TextareaField label={words.notes} name="notes" defaultValue={v.notes} error={e.notes} hint={words.notesHint} />
      <FormMessage message={state.message ?? e.clientId?.[0] ?? e.runFileId?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? words.saving : submitLabel}
      </Button>
    </form>
  );
}
