"use client";

import { ClientIdField } from "@/components/forms/client-id-field";
import { FormMessage } from "@/components/forms/form-message";
import { ScoreScale } from "@/components/forms/score-scale";
import { useSavedAction } from "@/components/forms/use-saved-action";
import { OfflineKept } from "@/components/offline/offline-kept";
import { useOfflineEntry } from "@/components/offline/use-offline-entry";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { fill } from "@/lib/i18n/fill";
import type { Instrument } from "@/lib/outcomes/instrument";
import type { FormAction } from "@/lib/validation/form-state";

export interface MeasureWords {
  kept: string;
  saving: string;
  save: string;
  /** "Activity {n}: {name}", filled here. */
  activity: string;
  /** One per activity slot: the field's label, and the question for its rating. */
  activityFields: string[];
  howAble: string[];
  activityHint: string;
  unable: string;
  asBefore: string;
}

/**
 * The PSFS or the GROC on the phone. PSFS: the runner names up to three activities (or, after the first
 * fill, rates the same ones again) and rates each 0-10. GROC: one rating from -7 to +7, each in words.
 * Without a connection the fill waits in the phone's outbox like any log.
 */
export function MeasureForm({ action, clientId, instrument, named, words }: { action: FormAction; clientId: string; instrument: Instrument; named: string[] | null; words: MeasureWords }) {
  const [state, formAction, pending] = useSavedAction(action);
  const queue = useOfflineEntry("measure");
  if (queue.queued) return <OfflineKept message={words.kept} />;
  const v = state.values ?? {};
  const e = state.errors ?? {};
  return (
    <form action={formAction} onSubmit={queue.onSubmit} noValidate className="flex flex-col gap-5">
      <ClientIdField value={clientId} kept={v.clientId} />
      <input type="hidden" name="instrument" value={instrument.id} />
      {instrument.ownItems ? <PsfsItems named={named} values={v} errors={e} words={words} /> : <GrocItem instrument={instrument} value={v.rating} error={e.rating?.[0]} />}
      <FormMessage message={state.message ?? e.clientId?.[0] ?? queue.offlineError} />
      <Button type="submit" disabled={pending}>
        {pending ? words.saving : words.save}
      </Button>
    </form>
  );
}

type Values = Record<string, string>;
type Errors = Record<string, string[] | undefined>;

function PsfsItems({ named, values, errors, words }: { named: string[] | null; values: Values; errors: Errors; words: MeasureWords }) {
  const slots = named ? named.map((_, i) => i + 1) : [1, 2, 3];
  return (
    <>
      {slots.map((n) => (
        <div key={n} className="flex flex-col gap-2 rounded-md border border-slate-200 bg-white p-3">
          {named ? (
            <>
              <p className="font-medium">{fill(words.activity, { n, name: named[n - 1]! })}</p>
              <input type="hidden" name={`activity${n}`} value={named[n - 1]} />
            </>
          ) : (
            <Field
              label={words.activityFields[n - 1]!}
              name={`activity${n}`}
              defaultValue={values[`activity${n}`]}
              error={errors[`activity${n}`]}
              hint={n === 1 ? words.activityHint : undefined}
            />
          )}
          <ScoreScale name={`rating${n}`} legend={words.howAble[n - 1]!} low={words.unable} high={words.asBefore} defaultValue={values[`rating${n}`]} error={errors[`rating${n}`]} />
        </div>
      ))}
    </>
  );
}

function GrocItem({ instrument, value, error }: { instrument: Instrument; value?: string; error?: string }) {
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? "rating-error" : undefined} className="rounded-md border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-semibold">{instrument.items[0]}</legend>
      {error ? (
        <p id="rating-error" className="mb-1 text-sm text-pain-red">
          {error}
        </p>
      ) : null}
      <div className="flex flex-col gap-1">
        {[...instrument.scale.choices].reverse().map((choice) => (
          <label key={choice.value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 text-sm has-[:checked]:bg-brand-50">
            <input type="radio" name="rating" value={choice.value} defaultChecked={value === String(choice.value)} className="h-5 w-5 accent-brand-700" />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
