"use client";

import { ClientIdField } from "@/components/forms/client-id-field";
import { useSavedAction } from "@/components/forms/use-saved-action";
import { OfflineQueued } from "@/components/red-flags/offline-queued";
import { ScreenFieldset } from "@/components/red-flags/screen-fieldset";
import { useOfflineScreen } from "@/components/red-flags/use-offline-screen";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { RedFlagWords, WordedGroup } from "@/lib/i18n/red-flag-words";
import type { FormAction } from "@/lib/validation/form-state";

/** The check-in's words, from the server in the runner's language (messages "checkin" and "scale"). */
export interface CheckinWords {
  offlineKept: string;
  pain: string;
  stiffness: string;
  optional: string;
  screenLegend: string;
  screenHint: string;
  date: string;
  saving: string;
  noPain: string;
  worst: string;
  none: string;
}
import { FormMessage } from "./form-message";
import { ScoreScale } from "./score-scale";

export function CheckinForm({
  action,
  clientId,
  defaults,
  maxDate,
  submitLabel,
  screen,
  words,
}: {
  action: FormAction;
  clientId: string;
  defaults: { date: string; pain?: string; stiffness?: string };
  maxDate: string;
  submitLabel: string;
  /** This morning's red-flag questions, and the clinic to call on a yes; absent when none apply. */
  screen?: { groups: WordedGroup[]; clinic: { name: string; phone: string | null } | null; words: RedFlagWords };
  words: CheckinWords;
}) {
  const [state, formAction, pending] = useSavedAction(action);
  const offline = useOfflineScreen("checkin", screen?.words.noAnswer ?? "");
  const v = { ...defaults, ...state.values };
  const e = state.errors ?? {};
  if (offline.queued) return <OfflineQueued {...offline.queued} clinic={screen?.clinic ?? null} words={screen?.words} kept={words.offlineKept} />;
  return (
    <form action={formAction} onSubmit={offline.onSubmit} noValidate className="flex flex-col gap-5">
      <ClientIdField value={clientId} kept={state.values?.clientId} />
      {/* Pain first: it is the number the 24-hour rule reads, and the one a runner in a hurry must not skip. */}
      <ScoreScale name="pain" legend={words.pain} defaultValue={v.pain} error={e.pain} low={words.noPain} high={words.worst} />
      {screen && screen.groups.length > 0 ? (
        <ScreenFieldset
          groups={screen.groups}
          none={screen.words.noneNew}
          legend={words.screenLegend}
          hint={words.screenHint}
          ticked={state.values?.signs}
          noneTicked={state.values?.noSigns === "yes"}
          error={offline.offlineError ?? e.screen}
          noneFirst
        />
      ) : null}
      <ScoreScale name="stiffness" legend={words.stiffness} hint={words.optional} defaultValue={v.stiffness} error={e.stiffness} low={words.none} high={words.worst} />
      <Field label={words.date} name="date" type="date" max={maxDate} defaultValue={v.date} error={e.date} />
      <FormMessage message={state.message ?? e.clientId?.[0] ?? (!screen ? e.screen?.[0] : undefined)} />
      <Button type="submit" disabled={pending}>
        {pending ? words.saving : submitLabel}
      </Button>
    </form>
  );
}
