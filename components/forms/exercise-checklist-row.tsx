import { Field } from "@/components/ui/field";
import type { PainBands } from "@/lib/rules/thresholds";
import type { SessionItem } from "@/lib/session-items";
import type { FormState } from "@/lib/validation/form-state";
import { fill } from "@/lib/i18n/fill";
import { ScoreScale } from "./score-scale";

type Values = Record<string, string | undefined>;

/** A row's words; {name} is the exercise's, filled on the phone (lib/i18n/fill). */
export interface RowWords {
  notAsPrescribed: string;
  sets: string;
  reps: string;
  hold: string;
  pain: string;
  painNeural: string;
  painHint: string;
  noPain: string;
  worst: string;
}

/**
 * One prescription as a checklist row: its drawing, its dose, and one tap to say it was done as
 * prescribed. A different dose, or a pain score for this exercise alone, is behind "Not as prescribed?",
 * which opens by itself when it holds something already (an edit, or a refused save).
 *
 * An unticked row is posted as `ifUnticked`: "no" (skipped) for an exercise due today, "omit" (not part
 * of this session) for the others.
 */
export function ExerciseChecklistRow({ item, v, e, bands, words }: { item: SessionItem; v: Values; e: FormState["errors"] & object; bands: PainBands["during"]; words: RowWords }) {
  const named = (template: string) => fill(template, { name: item.name });
  const id = item.prescriptionId;
  const differs =
    (v[`sets:${id}`] != null && v[`sets:${id}`] !== String(item.sets)) ||
    (v[`reps:${id}`] != null && item.reps != null && v[`reps:${id}`] !== String(item.reps)) ||
    (v[`hold:${id}`] != null && item.holdSeconds != null && v[`hold:${id}`] !== String(item.holdSeconds)) ||
    !!v[`pain:${id}`] ||
    [`sets:${id}`, `reps:${id}`, `hold:${id}`, `pain:${id}`].some((f) => e[f]);
  return (
    <li className="rounded-md border border-slate-200 bg-white p-2">
      <input type="hidden" name="prescriptionId" value={id} />
      <input type="hidden" name={`ifUnticked:${id}`} value={item.due ? "no" : "omit"} />
      <label className="flex min-h-14 cursor-pointer items-center gap-3">
        <input type="checkbox" name={`done:${id}`} value="yes" defaultChecked={v[`done:${id}`] === "yes"} className="h-7 w-7 shrink-0 accent-brand-700" />
        {item.picture ? (
          // eslint-disable-next-line @next/next/no-img-element -- a static SVG drawing; nothing to optimise
          <img src={item.picture.src} alt="" width={88} height={43} loading="lazy" className="h-auto w-20 shrink-0 rounded border border-slate-200 bg-white" />
        ) : null}
        <span className="min-w-0">
          <span className="block font-medium">{item.name}</span>
          <span className="block text-sm text-slate-600">{item.dose}</span>
        </span>
      </label>
      {e[`done:${id}`] ? (
        <p role="alert" className="text-sm text-pain-red">
          {e[`done:${id}`]![0]}
        </p>
      ) : null}
      <details className="mt-1" open={differs}>
        <summary className="min-h-11 cursor-pointer content-center text-sm font-medium text-brand-700">{words.notAsPrescribed}</summary>
        <div className="mt-2 flex flex-col gap-3">
          <div className="grid grid-cols-2 gap-3">
            <Field label={named(words.sets)} name={`sets:${id}`} inputMode="numeric" defaultValue={v[`sets:${id}`] ?? String(item.sets)} error={e[`sets:${id}`]} />
            {item.reps != null ? (
              <Field label={named(words.reps)} name={`reps:${id}`} inputMode="numeric" defaultValue={v[`reps:${id}`] ?? String(item.reps)} error={e[`reps:${id}`]} />
            ) : item.holdSeconds != null ? (
              <Field label={named(words.hold)} name={`hold:${id}`} inputMode="numeric" defaultValue={v[`hold:${id}`] ?? String(item.holdSeconds)} error={e[`hold:${id}`]} />
            ) : null}
          </div>
          <ScoreScale
            name={`pain:${id}`}
            legend={named(item.neural ? words.painNeural : words.pain)}
            hint={words.painHint}
            low={words.noPain}
            high={words.worst}
            defaultValue={v[`pain:${id}`]}
            error={e[`pain:${id}`]}
            bands={bands}
          />
        </div>
      </details>
    </li>
  );
}
