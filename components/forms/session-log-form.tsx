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
import { ExerciseChecklistRow, type RowWords } from "./exercise-checklist-row";
import { FormMessage } from "./form-message";
import { ScoreScale } from "./score-scale";
import type { SessionItem } from "@/lib/session-items";
import { YesNoField } from "./yes-no-field";
import type { RunWords } from "./run-log-form";


type Values = Record<string, string | undefined>;

/** The session form's words in the reader's language (components/forms/session-words.ts). */
export interface SessionWords extends Omit<RunWords, "distance" | "painDuring" | "painAfter" | "painAfterHint" | "notesHint"> {
  dueLegend: string;
  dueHint: string;
  others: string;
  painDuring: string;
  painDuringHint: string;
  painAfter: string;
  painAfterHint: string;
  nerveSymptoms: string;
  nerveSymptomsHint: string;
  effortHint: string;
  notesHint: string;
  offlineKept: string;
  row: RowWords;
}

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
  words,
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
  words: SessionWords;
}) {
  const [state, formAction, pending] = useSavedAction(action);
  const queue = useOfflineEntry("session");
  const v: Values = { ...defaults, ...state.values };
  const e = state.errors ?? {};
  const due = items.filter((i) => i.due);
  const others = items.filter((i) => !i.due);
  if (offline && queue.queued) return <OfflineKept message={words.offlineKept} />;
  return (
    <form action={formAction} onSubmit={offline ? queue.onSubmit : undefined} noValidate className="flex flex-col gap-5">
      <ClientIdField value={clientId} kept={state.values?.clientId} />
      {due.length > 0 ? (
        <fieldset className="min-w-0">
          <legend className="mb-1 font-semibold">{words.dueLegend}</legend>
          <p className="mb-2 text-sm text-slate-600">{words.dueHint}</p>
          <ul className="flex flex-col gap-2">
            {due.map((item) => (
              <ExerciseChecklistRow key={item.prescriptionId} item={item} v={v} e={e} bands={bands.during} words={words.row} />
            ))}
          </ul>
        </fieldset>
      ) : null}
      {others.length > 0 ? (
        <details className="rounded-md border border-dashed border-slate-300 p-3" open={due.length === 0 || others.some((i) => v[`done:${i.prescriptionId}`] === "yes")}>
          <summary className="min-h-11 cursor-pointer content-center font-medium">{words.others}</summary>
          <ul className="mt-3 flex flex-col gap-2" aria-label={words.others}>
            {others.map((item) => (
              <ExerciseChecklistRow key={item.prescriptionId} item={item} v={v} e={e} bands={bands.during} words={words.row} />
            ))}
          </ul>
        </details>
      ) : null}
      {e.results ? <FormMessage message={e.results[0]} /> : null}
      <ScoreScale
        name="painDuring"
        legend={words.painDuring}
        hint={words.painDuringHint}
        low={words.noPain}
        high={words.worst}
        defaultValue={v.painDuring}
        error={e.painDuring}
        bands={bands.during}
      />
      <ScoreScale name="painAfter" legend={words.painAfter} hint={words.painAfterHint} low={words.noPain} high={words.worst} defaultValue={v.painAfter} error={e.painAfter} bands={bands.after} />
      {askSuddenPain ? <YesNoField name="suddenPain" legend={words.suddenPain} answers={words.answers} defaultValue={v.suddenPain} error={e.suddenPain} /> : null}
      {items.some((i) => i.neural) ? (
        <YesNoField name="nerveSymptoms" legend={words.nerveSymptoms} answers={words.answers} hint={words.nerveSymptomsHint} defaultValue={v.nerveSymptoms} error={e.nerveSymptoms} />
      ) : null}
      <ScoreScale name="rpe" legend={words.effort} hint={words.effortHint} low={words.rest} high={words.maximal} defaultValue={v.rpe} error={e.rpe} />
      <div className="grid grid-cols-2 gap-3">
        <Field label={words.duration} name="durationMinutes" inputMode="numeric" defaultValue={v.durationMinutes} error={e.durationMinutes} />
        <Field label={words.date} name="date" type="date" max={maxDate} defaultValue={v.date} error={e.date} />
      </div>
      <TextareaField label={words.notes} name="notes" defaultValue={v.notes} error={e.notes} hint={words.notesHint} />
      <FormMessage message={state.message ?? e.clientId?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? words.saving : submitLabel}
      </Button>
    </form>
  );
}
