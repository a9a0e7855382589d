"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { FormAction } from "@/lib/validation/form-state";
import { toDraftItems, toPostedItem } from "@/lib/plans/draft";
import { ExercisePicker, type LibraryChoice } from "./exercise-picker";
import { type BuilderItem, PrescriptionRow } from "./prescription-row";

export interface PlanDraft {
  title: string;
  goal: string;
  startDate: string;
  items: Omit<BuilderItem, "key">[];
}

let nextKey = 0;
const withKey = (item: Omit<BuilderItem, "key">): BuilderItem => ({ ...item, key: `row-${nextKey++}` });

/** A template's later phase, shown and edited before the plan is created. */
export interface LaterPhaseDraft {
  label: string;
  /** When it may begin at the earliest, in words ("not before Mon 21 Dec"). */
  when: string;
  items: Omit<BuilderItem, "key">[];
}

/**
 * Builds or edits a plan: prescriptions added from the library, dosed, reordered and removed. From a
 * phased template every phase is here, one at a time, to be read and changed before the plan exists.
 */
export function PlanBuilder({
  action,
  library,
  draft,
  revision,
  submitLabel,
  phasesAhead = [],
  later = [],
  firstPhase = "",
}: {
  action: FormAction;
  library: LibraryChoice[];
  draft: PlanDraft;
  revision: boolean;
  submitLabel: string;
  /** A revision of a phased plan: the later phases, which the edit keeps unless the clinician replaces them. */
  phasesAhead?: { version: number; from: string; note: string }[];
  /** A new plan from a phased template: its phases after the first, editable here. */
  later?: LaterPhaseDraft[];
  /** The first phase's name, when the plan has phases. */
  firstPhase?: string;
}) {
  const t = useTranslations("clinicForms.plan");
  const [state, formAction, pending] = useFormAction(action);
  const v: Record<string, string | undefined> = { title: draft.title, goal: draft.goal, startDate: draft.startDate, ...state.values };
  const e = state.errors ?? {};
  const [phases, setPhases] = useState<BuilderItem[][]>(() => [draft.items.map(withKey), ...later.map((p) => p.items.map(withKey))]);
  const [shown, setShown] = useState(0);
  const items = phases[shown]!;
  const setItems = (change: (all: BuilderItem[]) => BuilderItem[]) => setPhases((all) => all.map((p, i) => (i === shown ? change(p) : p)));
  const phaseNames = [firstPhase || t("thisPlan"), ...later.map((p) => p.label)];
  const errorPath = shown === 0 ? "items" : `laterItems.${shown - 1}`;
  const phaseHasError = (i: number) => Object.keys(e).some((k) => k === (i === 0 ? "items" : `laterItems.${i - 1}`) || k.startsWith(i === 0 ? "items." : `laterItems.${i - 1}.`));
  const names = new Map(library.map((x) => [x.id, x.name]));

  const update = (key: string, patch: Partial<BuilderItem>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const move = (index: number, by: number) =>
    setItems((all) => {
      const next = [...all];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  const add = (exerciseId: string) => {
    const x = library.find((l) => l.id === exerciseId);
    if (!x) return;
    const [draft] = toDraftItems([{ exerciseId: x.id, sets: x.defaultSets, reps: x.defaultReps, holdSeconds: x.defaultHoldSeconds, daysPerWeek: x.defaultDaysPerWeek }]);
    setItems((all) => [...all, withKey(draft!)]);
  };

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="items" value={JSON.stringify(phases[0]!.map(({ key, ...item }) => toPostedItem(item)))} />
      {later.length > 0 ? <input type="hidden" name="laterItems" value={JSON.stringify(phases.slice(1).map((p) => p.map(({ key, ...item }) => toPostedItem(item))))} /> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("title")} name="title" defaultValue={v.title} error={e.title} />
        <Field label={t("startDate")} name="startDate" type="date" defaultValue={v.startDate} error={e.startDate} readOnly={revision} hint={revision ? t("startHint") : undefined} />
        <Field label={t("goal")} name="goal" defaultValue={v.goal} error={e.goal} className="sm:col-span-2" />
        {revision ? <Field label={t("changed")} name="changeNote" defaultValue={v.changeNote} error={e.changeNote} className="sm:col-span-2" placeholder={t("changedPlaceholder")} /> : null}
      </div>
      {later.length > 0 ? (
        <div>
          <div role="group" aria-label={t("phases")} className="flex flex-wrap gap-2">
            {phaseNames.map((label, i) => (
              <button
                key={label}
                type="button"
                aria-pressed={i === shown}
                onClick={() => setShown(i)}
                className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white"
              >
                {label} ({phases[i]!.length})
                {phaseHasError(i) ? <span className="ml-1 font-bold text-pain-red aria-pressed:text-white">{t("check")}</span> : null}
              </button>
            ))}
          </div>
          <p className="mt-2 text-sm text-slate-600">
            {shown === 0 ? t("startsWithPlan", { phase: phaseNames[0]! }) : t("waits", { phase: later[shown - 1]!.label, when: later[shown - 1]!.when })}
          </p>
        </div>
      ) : null}
      <ol className="flex flex-col gap-3" aria-label={later.length > 0 ? t("prescriptionsOf", { phase: phaseNames[shown]! }) : t("prescriptions")}>
        {items.map((item, index) => (
          <PrescriptionRow
            key={item.key}
            item={item}
            index={index}
            count={items.length}
            name={names.get(item.exerciseId) ?? t("exercise")}
            errors={e}
            errorPath={errorPath}
            onChange={(patch) => update(item.key, patch)}
            onMove={(by) => move(index, by)}
            onRemove={() => setItems((all) => all.filter((i) => i.key !== item.key))}
          />
        ))}
      </ol>
      {e[errorPath] ? <FormMessage message={e[errorPath]![0]} /> : null}
      <ExercisePicker library={library} target={later.length > 0 ? phaseNames[shown]! : t("thePlan")} onAdd={add} />
      {phasesAhead.length > 0 ? (
        <fieldset className="rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-semibold">{t("phasesToCome")}</legend>
          <ul className="mb-2 text-sm">
            {phasesAhead.map((p) => (
              <li key={p.version}>
                {t("ahead", { note: p.note, from: p.from, version: p.version })}
              </li>
            ))}
          </ul>
          {(["keep", "replace"] as const).map((choice) => (
            <label key={choice} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="radio" name="laterPhases" value={choice} defaultChecked={(v.laterPhases ?? "keep") === choice} className="h-5 w-5" />
              {t(choice)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <FormMessage message={state.message} />
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : submitLabel}
      </Button>
    </form>
  );
}
