"use client";

import { ClientIdField } from "@/components/forms/client-id-field";
import { useSavedAction } from "@/components/forms/use-saved-action";
import { OfflineKept } from "@/components/offline/offline-kept";
import { useOfflineEntry } from "@/components/offline/use-offline-entry";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea-field";
import type { PainBands } from "@/lib/rules/thresholds";
import type { FormState, FormAction } from "@/lib/validation/form-state";
import { FormMessage } from "./form-message";
import { ScoreScale } from "./score-scale";
import type { SessionItem } from "@/lib/session-items";
import { NERVE_SYMPTOMS_QUESTION, SUDDEN_PAIN_QUESTION, YesNoField } from "./yes-no-field";


type Values = Record<string, string | undefined>;

function ExerciseResult({ item, v, e, bands }: { item: SessionItem; v: Values; e: FormState["errors"] & object; bands: PainBands["during"] }) {
  const id = item.prescriptionId;
  const choice = v[`done:${id}`] ?? (item.due ? "yes" : "omit");
  const choices = item.due ? (["yes", "no"] as const) : (["omit", "yes", "no"] as const);
  const words = { yes: "Done", no: "Skipped", omit: "Not today" };
  return (
    <fieldset className="flex min-w-0 flex-col gap-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 font-medium">{item.name}</legend>
      <input type="hidden" name="prescriptionId" value={id} />
      <p className="-mt-2 text-sm text-slate-600">Prescribed: {item.dose}</p>
      <div role="radiogroup" aria-label={`Did you do ${item.name}?`} className="flex gap-2">
        {choices.map((c) => (
          <label key={c} className="relative flex-1">
            <input type="radio" name={`done:${id}`} value={c} defaultChecked={choice === c} className="peer absolute inset-0 h-full w-full cursor-pointer appearance-none rounded-md" />
            <span aria-hidden className="flex min-h-11 items-center justify-center rounded-md border border-slate-300 text-sm font-medium peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-brand-600">
              {words[c]}
            </span>
            <span className="sr-only">{words[c]}</span>
          </label>
        ))}
      </div>
      {e[`done:${id}`] ? (
        <p role="alert" className="text-sm text-pain-red">
          {e[`done:${id}`]![0]}
        </p>
      ) : null}
      <div className="grid grid-cols-2 gap-3">
        <Field label="Sets done" name={`sets:${id}`} inputMode="numeric" defaultValue={v[`sets:${id}`] ?? String(item.sets)} error={e[`sets:${id}`]} />
        {item.reps != null ? (
          <Field label="Reps per set" name={`reps:${id}`} inputMode="numeric" defaultValue={v[`reps:${id}`] ?? String(item.reps)} error={e[`reps:${id}`]} />
        ) : item.holdSeconds != null ? (
          <Field label="Hold (seconds)" name={`hold:${id}`} inputMode="numeric" defaultValue={v[`hold:${id}`] ?? String(item.holdSeconds)} error={e[`hold:${id}`]} />
        ) : null}
      </div>
      <ScoreScale
        name={`pain:${id}`}
        legend={item.neural ? `Pain during ${item.name} (light tension only)` : `Pain during ${item.name}`}
        defaultValue={v[`pain:${id}`]}
        error={e[`pain:${id}`]}
        bands={bands}
      />
    </fieldset>
  );
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
      <Field label="Date" name="date" type="date" max={maxDate} defaultValue={v.date} error={e.date} />
      {due.map((item) => (
        <ExerciseResult key={item.prescriptionId} item={item} v={v} e={e} bands={bands.during} />
      ))}
      {others.length > 0 ? (
        <details className="rounded-md border border-dashed border-slate-300 p-3" open={others.some((i) => v[`done:${i.prescriptionId}`] && v[`done:${i.prescriptionId}`] !== "omit")}>
          <summary className="min-h-11 cursor-pointer content-center font-medium">Other exercises in your plan</summary>
          <div className="mt-3 flex flex-col gap-3">
            {others.map((item) => (
              <ExerciseResult key={item.prescriptionId} item={item} v={v} e={e} bands={bands.during} />
            ))}
          </div>
        </details>
      ) : null}
      {e.results ? <FormMessage message={e.results[0]} /> : null}
      <ScoreScale name="painAfter" legend="Pain after the session" hint="Required: your physio's rules judge the session by it." defaultValue={v.painAfter} error={e.painAfter} bands={bands.after} />
      {askSuddenPain ? <YesNoField name="suddenPain" legend={SUDDEN_PAIN_QUESTION} defaultValue={v.suddenPain} error={e.suddenPain} /> : null}
      {items.some((i) => i.neural) ? (
        <YesNoField name="nerveSymptoms" legend={NERVE_SYMPTOMS_QUESTION} hint="After your nerve glides. A yes is a warning: your physio will see it." defaultValue={v.nerveSymptoms} error={e.nerveSymptoms} />
      ) : null}
      <ScoreScale name="rpe" legend="Effort (RPE)" hint="Required: how hard the whole session felt." low="rest" high="maximal" defaultValue={v.rpe} error={e.rpe} />
      <Field label="Duration (minutes)" name="durationMinutes" inputMode="numeric" defaultValue={v.durationMinutes} error={e.durationMinutes} />
      <TextareaField label="Notes" name="notes" defaultValue={v.notes} error={e.notes} hint="Optional." />
      <FormMessage message={state.message ?? e.clientId?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
