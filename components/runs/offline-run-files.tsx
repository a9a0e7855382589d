"use client";

import { type FormEvent, useState } from "react";
import { OfflineKept } from "@/components/offline/offline-kept";
import { queueRunFile } from "@/components/offline/outbox-store";
import { describeEntry } from "@/components/offline/use-offline-entry";
import { useOutboxWords } from "@/components/offline/runner-offline";
import { ScoreScale } from "@/components/forms/score-scale";
import { YesNoField } from "@/components/forms/yes-no-field";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import { calendarDayOf } from "@/lib/date-format";
import type { PainBands } from "@/lib/rules/thresholds";
import type { RunReading as Reading } from "@/lib/runs/reading";
import type { DistanceUnit } from "@/lib/units";
import type { Locale } from "@/lib/i18n/locales";
import type { ImportWords } from "./import-words";
import { RunReading } from "./run-reading";

export interface OfflineFile {
  name: string;
  file: File;
  reading?: Reading;
  error?: string;
}


/**
 * Run files read on the phone without a connection: what the watch measured, and the runner's answers,
 * kept with the file in the outbox until the server can read it again and store the run.
 */
export function OfflineRunFiles({
  files,
  runnerId,
  bands,
  askSuddenPain,
  unit,
  locale,
  words,
}: {
  files: OfflineFile[];
  runnerId: string;
  bands: PainBands;
  askSuddenPain: boolean;
  unit: DistanceUnit;
  locale: Locale;
  words: ImportWords["offline"];
}) {
  const { run } = words;
  const named = useOutboxWords()!;
  const [kept, setKept] = useState<Set<string>>(new Set());
  const [missing, setMissing] = useState<string | null>(null);
  // One client id per file for the life of the page: a render between tapping and storing must not change it.
  const [clientIds] = useState(() => new Map<string, string>());
  const clientIdOf = (name: string) => clientIds.get(name) ?? clientIds.set(name, crypto.randomUUID()).get(name)!;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // The phone's own calendar day of a run's start: the server takes it again in the runner's time zone.
  const dayOf = (startedAt: string) => calendarDayOf(new Date(startedAt), timeZone);
  const keep = (name: string, file: File) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    // What the server would refuse is said now: a refused entry would only be found out once back online.
    if (!["painDuring", "painAfter", "rpe"].every((field) => data.get(field))) return setMissing(name);
    setMissing(null);
    void queueRunFile(form, file, runnerId, describeEntry("runfile", new FormData(form), named)).then(() => setKept((k) => new Set(k).add(name)));
  };
  return (
    <section aria-label={words.readHere} className="mt-6 flex flex-col gap-4">
      <p className="text-sm text-slate-700">{words.intro}</p>
      {files.map(({ name, file, reading, error }) => (
        <article key={name} aria-label={name} className="rounded-md border border-slate-200 bg-white p-3">
          <h2 className="mb-2 font-semibold">{name}</h2>
          {error ? (
            <p role="alert" className="text-sm text-pain-red">
              {error}
            </p>
          ) : kept.has(name) ? (
            <OfflineKept message={run.offlineKept} />
          ) : reading ? (
            <>
              <RunReading file={{ ...reading, id: "", fileName: name, date: dayOf(reading.startedAt), sessionLogId: null }} timeZone={timeZone} unit={unit} words={words.reading} locale={locale} />
              <form onSubmit={keep(name, file)} className="mt-3 flex flex-col gap-4">
                <input type="hidden" name="clientId" value={clientIdOf(name)} />
                <input type="hidden" name="date" value={dayOf(reading.startedAt)} />
                <ScoreScale name="painDuring" legend={run.painDuring} low={run.noPain} high={run.worst} bands={bands.during} />
                <ScoreScale name="painAfter" legend={run.painAfter} low={run.noPain} high={run.worst} bands={bands.after} />
                {askSuddenPain ? <YesNoField name="suddenPain" legend={run.suddenPain} answers={run.answers} /> : null}
                <ScoreScale name="rpe" legend={run.effort} low={run.rest} high={run.maximal} />
                <TextareaField label={run.notes} name="notes" hint={run.notesHint} />
                {missing === name ? (
                  <p role="alert" className="text-sm text-pain-red">
                    {words.missing}
                  </p>
                ) : null}
                <Button type="submit">{words.keep}</Button>
              </form>
            </>
          ) : null}
        </article>
      ))}
    </section>
  );
}
