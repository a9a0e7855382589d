"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormAction } from "@/lib/validation/form-state";
import { toDraftItems, toPostedItem } from "@/lib/plans/draft";
import { type BuilderItem, PrescriptionRow } from "./prescription-row";

export interface LibraryChoice {
  id: string;
  name: string;
  defaultSets: number;
  defaultReps: number | null;
  defaultHoldSeconds: number | null;
  defaultDaysPerWeek: number;
}

export interface PlanDraft {
  title: string;
  goal: string;
  startDate: string;
  items: Omit<BuilderItem, "key">[];
}

let nextKey = 0;
const withKey = (item: Omit<BuilderItem, "key">): BuilderItem => ({ ...item, key: `row-${nextKey++}` });

/** Builds or edits a plan: prescriptions added from the library, dosed, reordered and removed. */
export function PlanBuilder({
  action,
  library,
  draft,
  revision,
  submitLabel,
  phasesAhead = [],
}: {
  action: FormAction;
  library: LibraryChoice[];
  draft: PlanDraft;
  revision: boolean;
  submitLabel: string;
  /** A revision of a phased plan: the later phases, which the edit keeps unless the clinician replaces them. */
  phasesAhead?: { version: number; from: string; note: string }[];
}) {
  const [state, formAction, pending] = useFormAction(action);
  const [items, setItems] = useState<BuilderItem[]>(() => draft.items.map(withKey));
  const [adding, setAdding] = useState(library[0]?.id ?? "");
  const v: Record<string, string | undefined> = { title: draft.title, goal: draft.goal, startDate: draft.startDate, ...state.values };
  const e = state.errors ?? {};
  const names = new Map(library.map((x) => [x.id, x.name]));

  const update = (key: string, patch: Partial<BuilderItem>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const move = (index: number, by: number) =>
    setItems((all) => {
      const next = [...all];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  const add = () => {
    const x = library.find((l) => l.id === adding);
    if (!x) return;
    const [draft] = toDraftItems([{ exerciseId: x.id, sets: x.defaultSets, reps: x.defaultReps, holdSeconds: x.defaultHoldSeconds, daysPerWeek: x.defaultDaysPerWeek }]);
    setItems((all) => [...all, withKey(draft!)]);
  };

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="items" value={JSON.stringify(items.map(({ key, ...item }) => toPostedItem(item)))} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Plan title" name="title" defaultValue={v.title} error={e.title} />
        <Field label="Start date" name="startDate" type="date" defaultValue={v.startDate} error={e.startDate} readOnly={revision} hint={revision ? "An edit takes effect today as a new version." : undefined} />
        <Field label="Goal" name="goal" defaultValue={v.goal} error={e.goal} className="sm:col-span-2" />
        {revision ? <Field label="What changed" name="changeNote" defaultValue={v.changeNote} error={e.changeNote} className="sm:col-span-2" placeholder="Added the Diver; glides down to 5 days" /> : null}
      </div>
      <ol className="flex flex-col gap-3" aria-label="Prescriptions">
        {items.map((item, index) => (
          <PrescriptionRow
            key={item.key}
            item={item}
            index={index}
            count={items.length}
            name={names.get(item.exerciseId) ?? "Exercise"}
            errors={e}
            onChange={(patch) => update(item.key, patch)}
            onMove={(by) => move(index, by)}
            onRemove={() => setItems((all) => all.filter((i) => i.key !== item.key))}
          />
        ))}
      </ol>
      {e.items ? <FormMessage message={e.items[0]} /> : null}
      <div className="flex flex-wrap items-end gap-2 rounded-md border border-dashed border-slate-300 p-3">
        <label className="flex min-w-60 flex-1 flex-col text-sm font-medium">
          Exercise to add
          <select value={adding} onChange={(ev) => setAdding(ev.target.value)} className="min-h-11 rounded-md border border-slate-300 bg-white px-2">
            {library.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <Button type="button" variant="secondary" onClick={add}>
          Add exercise
        </Button>
      </div>
      {phasesAhead.length > 0 ? (
        <fieldset className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">The phases to come</legend>
          <ul className="mb-2 text-sm">
            {phasesAhead.map((p) => (
              <li key={p.version}>
                {p.note}: from {p.from} (version {p.version})
              </li>
            ))}
          </ul>
          {(["keep", "replace"] as const).map((choice) => (
            <label key={choice} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="laterPhases" value={choice} defaultChecked={(v.laterPhases ?? "keep") === choice} className="h-5 w-5" />
              {choice === "keep" ? "Keep them: this edit applies until the next phase begins" : "Replace them: this edit applies from today on"}
            </label>
          ))}
        </fieldset>
      ) : null}
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}
