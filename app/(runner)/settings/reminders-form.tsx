"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { SaveRow } from "@/components/forms/save-row";
import { SwitchField } from "@/components/reminders/switch-field";
import { Field } from "@/components/ui/field";
import { FieldErrorMessage } from "@/components/ui/field-messages";
import type { ReminderSettings } from "@/lib/data/reminders";
import { daysOf } from "@/lib/weekdays";
import { saveRunnerRemindersAction } from "./actions";

/** The runner's reminders: exercise days and time, the morning check-in, the nudge, and email. */
export interface RemindersWords {
  email: string;
  emailHint: string;
  zone: string;
  days: string;
  /** Monday first: each day's short name on screen, its full name read out. */
  dayNames: { short: string; long: string }[];
  time: string;
  checkin: string;
  checkinHint: string;
  wake: string;
  nudge: string;
  save: string;
}

export function RemindersForm({ stored, words }: { stored: ReminderSettings; words: RemindersWords }) {
  const [state, action, pending] = useFormAction(saveRunnerRemindersAction);
  const v = state.values;
  const days = v ? (v.exerciseDays ? v.exerciseDays.split(",") : []) : daysOf(stored.exerciseDays);
  const e = state.errors ?? {};
  // A refused form keeps what was typed; the switches keep the stored state (a refusal is about a time).
  const key = v ? JSON.stringify(v) : "stored";
  return (
    <form key={key} action={action} noValidate className="flex flex-col gap-5">
      {/* The master switch first: it governs everything below it. */}
      <SwitchField name="email" label={words.email} hint={words.emailHint} defaultChecked={v ? v.email === "on" : stored.email} />
      <p className="text-sm text-slate-600">{words.zone}</p>
      <fieldset className="flex flex-col gap-2" aria-describedby={e.exerciseDays ? "exerciseDays-error" : undefined}>
        <legend className="font-medium">{words.days}</legend>
        <div className="flex flex-wrap gap-2">
          {words.dayNames.map(({ short, long }, i) => (
            <label key={i} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3">
              <input type="checkbox" name="exerciseDays" value={String(i + 1)} defaultChecked={days.includes(String(i + 1))} aria-label={long} className="size-5 accent-brand-700" />
              <span aria-hidden="true">{short}</span>
            </label>
          ))}
        </div>
        <FieldErrorMessage id="exerciseDays-error" message={e.exerciseDays?.[0]} />
      </fieldset>
      <Field label={words.time} name="exerciseTime" type="time" defaultValue={v?.exerciseTime ?? stored.exerciseTime} error={e.exerciseTime} className="max-w-48" />
      <SwitchField name="checkinReminder" label={words.checkin} hint={words.checkinHint} defaultChecked={v ? v.checkinReminder === "on" : stored.checkinReminder} />
      <Field label={words.wake} name="wakeTime" type="time" defaultValue={v?.wakeTime ?? stored.wakeTime} error={e.wakeTime} className="max-w-48" />
      <SwitchField name="nudge" label={words.nudge} defaultChecked={v ? v.nudge === "on" : stored.nudge} />
      <SaveRow pending={pending} label={words.save} message={state.message} />
    </form>
  );
}
