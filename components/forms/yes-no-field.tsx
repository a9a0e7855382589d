import { FieldErrorMessage, useFieldMessages } from "@/components/ui/field-messages";

/**
 * A yes/no question as two radios with nothing preselected: the runner says which, or leaves it unanswered.
 * Plain markup, so it works without JavaScript and in the offline form.
 */
export function YesNoField({
  name,
  legend,
  hint,
  answers,
  defaultValue,
  error,
}: {
  name: string;
  legend: string;
  hint?: string;
  /** "Yes" and "No" in the reader's language. */
  answers: { yes: string; no: string };
  defaultValue?: string;
  error?: string[] | string;
}) {
  const { message, hintId, errorId, describedBy } = useFieldMessages(hint, error);
  return (
    <fieldset aria-describedby={describedBy()} aria-invalid={message ? true : undefined} className="min-w-0">
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={hintId} className="-mt-1 mb-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="flex gap-2">
        {(["yes", "no"] as const).map((answer) => (
          <label key={answer} className="flex min-h-11 flex-1 items-center justify-center gap-2 rounded-md border border-slate-300 text-sm font-medium has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
            <input type="radio" name={name} value={answer} defaultChecked={defaultValue === answer} className="size-5" />
            {answers[answer]}
          </label>
        ))}
      </div>
      <FieldErrorMessage id={errorId} message={message} />
    </fieldset>
  );
}

/** Until the session log and the watch import take their words from the server (lib/i18n/still-in-english). */
export const ENGLISH_ANSWERS = { yes: "Yes", no: "No" };
/** The re-injury question, asked on every run and session log of a hamstring presentation. */
export const SUDDEN_PAIN_QUESTION = "Did you feel a sudden sharp pain or a pop?";
/** The nerve-symptom question, asked after a session with nerve glides. */
export const NERVE_SYMPTOMS_QUESTION = "Tingling, numbness or pins and needles afterwards that was not there before?";
