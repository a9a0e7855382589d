"use client";

import { ClientIdField } from "@/components/forms/client-id-field";
import { useSavedAction } from "@/components/forms/use-saved-action";
import { OfflineKept } from "@/components/offline/offline-kept";
import { useOfflineEntry } from "@/components/offline/use-offline-entry";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { PainBands } from "@/lib/rules/thresholds";
import type { FormAction } from "@/lib/validation/form-state";
import { ExerciseChecklistRow } from "./exercise-checklist-row";
import { FormMessage } from "./form-message";
import { ScoreScale } from "./score-scale";
import type { SessionItem } from "@/lib/session-items";
import { NERVE_SYMPTOMS_QUESTION, ENGLISH_ANSWERS, SUDDEN_PAIN_QUESTION, YesNoField } from "./yes-no-field";


type Values = Record<string, string | undefined>;

export function SessionLogForm({
  action,
  clientId,
  items,
  defaults,
  maxDate,
  submitLabel,
  bands,
  offline = false,
  askSuddenPain = false,
}: {
  action: FormAction;
  clientId: string;
  items: SessionItem[];
  /** A hamstring presentation: every session asks about a sudden sharp pain or a pop. */
  askSuddenPain?: boolean;
  /** A new session (not an edit) may be kept on the phone without a connection and sent later. */
  offline?: boolean;
  /** The runner's own limits, to colour the chosen pain score. */
  bands: PainBands;
  defaults: Values & { date: string };
  maxDate: string;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useSavedAction(action);
  const queue = useOfflineEntry("session");
  const v: Values = { ...defaults, ...state.values };
  const e = state.errors ?? {};
  const due = items.filter((i) => i.due);
  const others = items.filter((i) => !i.due);
  if (offline && queue.queued) return <OfflineKept what="exercise session" />;
  return (
    <form action={formAction} onSubmit={offline ? queue.onSubmit : undefined} noValidate className="flex flex-col gap-5">
      <ClientIdField value={clientId} kept={state.values?.clientId} />
      {due.length > 0 ? (
        <fieldset className="min-w-0">
          <legend className="mb-1 font-semibold">Today&apos;s exercises</legend>
          <p className="mb-2 text-sm text-slate-600">Tick each one you did as prescribed. One left unticked is logged as skipped.</p>
          <ul className="flex flex-col gap-2">
            {due.map((item) => (
              <ExerciseChecklistRow key={item.prescriptionId} item={item} v={v} e={e} bands={bands.during} />
            ))}
          </ul>
        </fieldset>
      ) : null}
      {others.length > 0 ? (
        <details className="rounded-md border border-dashed border-slate-300 p-3" open={due.length === 0 || others.some((i) => v[`done:${i.prescriptionId}`] === "yes")}>
          <summary className="min-h-11 cursor-pointer content-center font-medium">Other exercises in your plan</summary>
          <ul className="mt-3 flex flex-col gap-2" aria-label="Other exercises in your plan">
            {others.map((item) => (
              <ExerciseChecklistRow key={item.prescriptionId} item={item} v={v} e={e} bands={bands.during} />
            ))}
          </ul>
        </details>
      ) : null}
      {e.results ? <FormMessage message={e.results[0]} /> : null}
      <ScoreScale
        name="painDuring"
        legend="Pain during the exercises"
        hint="Your worst moment in the session. An exercise that felt different can have its own score."
        defaultValue={v.painDuring}
        error={e.painDuring}
        bands={bands.during}
      />
      <ScoreScale name="painAfter" legend="Pain after the session" hint="Required: your physio's rules judge the session by it." defaultValue={v.painAfter} error={e.painAfter} bands={bands.after} />
      {askSuddenPain ? <YesNoField name="suddenPain" legend={SUDDEN_PAIN_QUESTION} answers={ENGLISH_ANSWERS} defaultValue={v.suddenPain} error={e.suddenPain} /> : null}
      {items.some((i) => i.neural) ? (
        <YesNoField name="nerveSymptoms" legend={NERVE_SYMPTOMS_QUESTION} answers={ENGLISH_ANSWERS} hint="After your nerve glides. A yes is a warning: your physio will see it." defaultValue={v.nerveSymptoms} error={e.nerveSymptoms} />
      ) : null}
      <ScoreScale name="rpe" legend="Effort (RPE)" hint="Required: how hard the whole session felt." low="rest" high="maximal" defaultValue={v.rpe} error={e.rpe} />
      <div className="grid grid-cols-2 gap-3">
        <Field label="Duration (minutes)" name="durationMinutes" inputMode="numeric" defaultValue={v.durationMinutes} error={e.durationMinutes} />
        <Field label="Date" name="date" type="date" max={maxDate} defaultValue={v.date} error={e.date} />
      </div>
      <TextareaField label="Notes" name="notes" defaultValue={v.notes} error={e.notes} hint="Optional." />
      <FormMessage message={state.message ?? e.clientId?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
