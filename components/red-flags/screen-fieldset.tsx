import { FieldErrorMessage, useFieldMessages } from "@/components/ui/field-messages";
import { useClearableError } from "@/components/ui/use-clearable-error";
import type { WordedGroup } from "@/lib/i18n/red-flag-words";

/*
 * A red-flag screen in a few taps: one checkbox per sign (ticked = yes), grouped, and "None of these".
 * Nothing is ticked for the runner: a blank screen is refused, never read as "no". Works without JavaScript.
 */
export function ScreenFieldset({
  groups,
  none: noneLabel,
  legend,
  hint,
  ticked = "",
  noneTicked = false,
  error,
  showGroupTitles = false,
  noneFirst = false,
}: {
  groups: readonly WordedGroup[];
  /** The "no" in the reader's words (RedFlagWords.none, or .noneNew on the morning check-in). */
  none: string;
  legend: string;
  hint?: string;
  /** The signs ticked before a refusal, space-separated (the form's kept values). */
  ticked?: string;
  /** "None of these" was ticked before a refusal or a lost reply. */
  noneTicked?: boolean;
  error?: string[] | string;
  /** The clinician's intake form names each group; the runner's morning screen just asks. */
  showGroupTitles?: boolean;
  /**
   * The morning check-in: "None of these are new" is one large tap above the signs, which stay listed
   * below it to be read. Elsewhere (the worry page, the intake) the answer comes after the signs.
   */
  noneFirst?: boolean;
}) {
  const { error: shown, onValueChange } = useClearableError(error);
  const { message, hintId, errorId, describedBy } = useFieldMessages(hint, shown);
  const checked = new Set(ticked.split(" ").filter(Boolean));
  const box = "h-6 w-6 shrink-0 accent-urgent";
  const none = (
    <label
      className={
        noneFirst
          ? "mb-3 flex min-h-14 items-center gap-3 rounded-md border-2 border-brand-700 bg-brand-50 px-3 font-semibold text-brand-900 has-[:checked]:bg-brand-100"
          : "mt-1 flex min-h-11 items-center gap-3 border-t border-slate-200 pt-2 text-sm font-medium"
      }
    >
      <input type="checkbox" name="noSigns" value="yes" defaultChecked={noneTicked} className={noneFirst ? "h-6 w-6 shrink-0 accent-brand-700" : box} />
      {noneLabel}
    </label>
  );
  return (
    <fieldset onChange={onValueChange} aria-describedby={describedBy()} aria-invalid={message ? true : undefined} className="min-w-0 rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{legend}</legend>
      {hint ? (
        <p id={hintId} className="mb-2 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {noneFirst ? none : null}
      {groups.map((group) => (
        <div key={group.group} className="mb-2">
          {showGroupTitles ? <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{group.title}</p> : null}
          <ul className="flex flex-col gap-1">
            {group.signs.map((sign) => (
              <li key={sign.code}>
                <input type="hidden" name="asked" value={sign.code} />
                <label className="flex min-h-11 items-center gap-3 text-sm">
                  <input type="checkbox" name="sign" value={sign.code} defaultChecked={checked.has(sign.code)} className={box} />
                  {sign.question}
                </label>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {noneFirst ? null : none}
      <FieldErrorMessage id={errorId} message={message} />
    </fieldset>
  );
}
