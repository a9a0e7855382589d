"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { SaveRow } from "@/components/forms/save-row";
import { SwitchField } from "@/components/reminders/switch-field";
import { Field } from "@/components/ui/field";
import { FieldErrorMessage } from "@/components/ui/field-messages";
import type { ReminderSettings } from "@/lib/data/reminders";
import { daysOf, WEEKDAYS } from "@/lib/weekdays";
import { saveRunnerRemindersAction } from "./actions";

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The runner's reminders: exercise days and time, the morning check-in, the nudge, and email. */
export function RemindersForm({ stored, timeZone }: { stored: ReminderSettings; timeZone: string }) {
  const [state, action, pending] = useFormAction(saveRunnerRemindersAction);
  const v = state.values;
  const days = v ? (v.exerciseDays ? v.exerciseDays.split(",") : []) : daysOf(stored.exerciseDays);
  const e = state.errors ?? {};
  // A refused form keeps what was typed; the switches keep the stored state (a refusal is about a time).
  const key = v ? JSON.stringify(v) : "stored";
  return (
    <form key={key} action={action} noValidate className="flex flex-col gap-5">
      {/* The master switch first: it governs everything below it. */}
      <SwitchField name="email" label="Send reminders and message alerts by email" hint="Off: nothing is emailed to you, whatever is chosen below." defaultChecked={v ? v.email === "on" : stored.email} />
      <p className="text-sm text-slate-600">Times are in your time zone, {timeZone.replaceAll("_", " ")}.</p>
      <fieldset className="flex flex-col gap-2" aria-describedby={e.exerciseDays ? "exerciseDays-error" : undefined}>
        <legend className="font-medium">Exercise reminder days</legend>
        <div className="flex flex-wrap gap-2">
          {WEEKDAYS.map((short, i) => (
            <label key={short} className="flex min-h-11 items-center gap-2 rounded-md border border-slate-300 px-3">
              <input type="checkbox" name="exerciseDays" value={String(i + 1)} defaultChecked={days.includes(String(i + 1))} aria-label={DAY_NAMES[i]} className="size-5 accent-brand-700" />
              <span aria-hidden="true">{short}</span>
            </label>
          ))}
        </div>
        <FieldErrorMessage id="exerciseDays-error" message={e.exerciseDays?.[0]} />
      </fieldset>
      <Field label="Exercise reminder time" name="exerciseTime" type="time" defaultValue={v?.exerciseTime ?? stored.exerciseTime} error={e.exerciseTime} className="max-w-48" />
      <SwitchField name="checkinReminder" label="Morning check-in reminder" hint="The morning after a logged session, when you wake: how the leg feels then is what your physio needs most." defaultChecked={v ? v.checkinReminder === "on" : stored.checkinReminder} />
      <Field label="I usually wake at" name="wakeTime" type="time" defaultValue={v?.wakeTime ?? stored.wakeTime} error={e.wakeTime} className="max-w-48" />
      <SwitchField name="nudge" label="A nudge after 3 days without a log" defaultChecked={v ? v.nudge === "on" : stored.nudge} />
      <SaveRow pending={pending} label="Save reminders" message={state.message} />
    </form>
  );
}
