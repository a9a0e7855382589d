import { FieldErrorMessage, useFieldMessages } from "@/components/ui/field-messages";
import { useClearableError } from "@/components/ui/use-clearable-error";
import type { PainBands } from "@/lib/rules/thresholds";

/*
 * A 0-10 scale (NPRS pain, stiffness, RPE) as a radio group: each number is a 44 px tap target, arrow
 * keys move between numbers, and it needs no JavaScript. The end words of the scale stay on screen.
 */
type Band = PainBands["during"];
const bandClass = (n: number, bands: Band) =>
  n > bands.redAbove ? "peer-checked:bg-pain-red" : n > bands.amberAbove ? "peer-checked:bg-pain-amber" : "peer-checked:bg-pain-green";

export function ScoreScale({
  name,
  legend,
  defaultValue,
  error,
  low,
  high,
  bands,
  hint,
}: {
  name: string;
  legend: string;
  defaultValue?: string | number | null;
  error?: string[] | string;
  /** The scale's end words in the reader's language ("no pain", "worst imaginable"), always on screen. */
  low: string;
  high: string;
  /** Colour the chosen number by the runner's limits for this pain; without them (effort, stiffness) one colour. */
  bands?: Band;
  /** A line under the legend, read with the group: why this number is needed. */
  hint?: string;
}) {
  const { error: shown, onValueChange } = useClearableError(error);
  const { id, message, hintId, errorId, describedBy } = useFieldMessages(hint, shown);
  return (
    <fieldset role="radiogroup" onChange={onValueChange} aria-describedby={describedBy(`${id}-words`)} aria-invalid={message ? true : undefined} className="min-w-0">
      <legend className="mb-1 text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={hintId} className="-mt-1 mb-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="grid grid-cols-6 gap-1.5 sm:grid-cols-11">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className="relative">
            <input
              type="radio"
              name={name}
              value={n}
              defaultChecked={defaultValue != null && String(defaultValue) === String(n)}
              aria-label={n === 0 ? `0, ${low}` : n === 10 ? `10, ${high}` : String(n)}
              className="peer absolute inset-0 h-full w-full cursor-pointer appearance-none rounded-md"
            />
            <span
              aria-hidden
              className={`flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white text-base font-semibold tabular-nums peer-checked:border-transparent peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 ${bands ? bandClass(n, bands) : "peer-checked:bg-brand-700"}`}
            >
              {n}
            </span>
          </label>
        ))}
      </div>
      <p id={`${id}-words`} className="mt-1 flex justify-between text-xs text-slate-600">
        <span>0 {low}</span>
        <span>10 {high}</span>
      </p>
      <FieldErrorMessage id={errorId} message={message} />
    </fieldset>
  );
}
