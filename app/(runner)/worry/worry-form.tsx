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
  logged,
}: {
  clientId: string;
  clinic: { name: string; phone: string | null } | null;
  groups: readonly WordedGroup[];
  words: RedFlagWords;
  /** The log these questions follow: its light is shown after, when nothing is flagged. */
  logged?: string;
}) {
  const [state, formAction, pending] = useSavedAction(reportWorryAction);
  const offline = useOfflineScreen("worry", words.noAnswer);
  if (offline.queued) return <OfflineQueued {...offline.queued} clinic={clinic} words={words} what="answer" />;
  const e = state.errors ?? {};
  return (
    <form action={formAction} onSubmit={offline.onSubmit} noValidate className="flex flex-col gap-4">
      <ClientIdField value={clientId} kept={state.values?.clientId} />
      {logged ? <input type="hidden" name="logged" value={logged} /> : null}
      <ScreenFieldset groups={groups} none={words.none} legend="Is any of these new?" ticked={state.values?.signs} noneTicked={state.values?.noSigns === "yes"} error={offline.offlineError ?? e.screen} showGroupTitles />
      <TextareaField
        label="Something else worrying you? (optional)"
        name="worry"
        defaultValue={state.values?.worry}
        error={e.worry}
        hint="In your own words. Your physio reads it on your page; it is not an emergency message, so for anything urgent call the clinic."
      />
      <FormMessage message={state.message ?? e.clientId?.[0]} />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send to my physio"}
      </Button>
    </form>
  );
}
