"use client";

import { ClientIdField } from "@/components/forms/client-id-field";
import { useSavedAction } from "@/components/forms/use-saved-action";
import { FormMessage } from "@/components/forms/form-message";
import { OfflineQueued } from "@/components/red-flags/offline-queued";
import { ScreenFieldset } from "@/components/red-flags/screen-fieldset";
import { useOfflineScreen } from "@/components/red-flags/use-offline-screen";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { RedFlagWords, WordedGroup } from "@/lib/i18n/red-flag-words";
import { reportWorryAction } from "../red-flags/actions";

export function WorryForm({
  clientId,
  clinic,
  groups,
  words,
  form,
  logged,
}: {
  clientId: string;
  clinic: { name: string; phone: string | null } | null;
  groups: readonly WordedGroup[];
  words: RedFlagWords;
  form: { legend: string; other: string; otherHint: string; sending: string; send: string; offlineKept: string };
  /** The log these questions follow: its light is shown after, when nothing is flagged. */
  logged?: string;
}) {
  const [state, formAction, pending] = useSavedAction(reportWorryAction);
  const offline = useOfflineScreen("worry", words.noAnswer);
  if (offline.queued) return <OfflineQueued {...offline.queued} clinic={clinic} words={words} kept={form.offlineKept} />;
  const e = state.errors ?? {};
  return (
    <form action={formAction} onSubmit={offline.onSubmit} noValidate className="flex flex-col gap-4">
      <ClientIdField value={clientId} kept={state.values?.clientId} />
      {logged ? <input type="hidden" name="logged" value={logged} /> : null}
      <ScreenFieldset groups={groups} none={words.none} legend={form.legend} ticked={state.values?.signs} noneTicked={state.values?.noSigns === "yes"} error={offline.offlineError ?? e.screen} showGroupTitles />
      <TextareaField
        label={form.other}
        name="worry"
        defaultValue={state.values?.worry}
        error={e.worry}
        hint={form.otherHint}
      />
      <FormMessage message={state.message ?? e.clientId?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? form.sending : form.send}
      </Button>
    </form>
  );
}
