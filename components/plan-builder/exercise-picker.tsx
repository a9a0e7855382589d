"use client";

import { useDeferredValue, useState } from "react";
import { useTranslations } from "next-intl";
import type { Category } from "@/lib/labels";

/** A library exercise as the builder offers it: enough to preview it and to prefill its dose. */
export interface LibraryChoice {
  id: string;
  name: string;
  category: Category;
  instructions: string;
  /** The drawing's address, in the clinician's language (lib/illustrations/src). */
  illustration: string | null;
  defaultSets: number;
  defaultReps: number | null;
  defaultHoldSeconds: number | null;
  defaultDaysPerWeek: number;
  /** The default dose in the clinician's words, worded on the server (components/plan-builder/library-choices). */
  dose: string;
}


/**
 * The library to add from: search by name, category or what it is for, and see each exercise (its
 * drawing, its default dose and how it is done) before adding it. Buttons and a labelled search field,
 * so it reads the same to a screen reader as on screen.
 */
export function ExercisePicker({ library, target, onAdd }: { library: LibraryChoice[]; target: string; onAdd: (exerciseId: string) => void }) {
  const t = useTranslations("clinicForms.plan");
  const labels = useTranslations("labels");
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const words = deferred.toLowerCase().split(/\s+/).filter(Boolean);
  const found = library.filter((x) => {
    const text = `${x.name} ${labels(`category.${x.category}`)} ${x.instructions}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  return (
    <section aria-labelledby="picker-heading" className="rounded-md border border-dashed border-slate-300 p-3">
      <h3 id="picker-heading" className="mb-2 font-semibold">
        {t("addTo", { target })}
      </h3>
      <label className="flex flex-col text-sm font-medium">
        {t("find")}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t("findPlaceholder")} className="min-h-11 rounded-md border border-slate-300 bg-white px-2 text-base" />
      </label>
      <p role="status" className="mt-1 text-xs text-slate-600">
        {t("found", { found: found.length, total: library.length })}
      </p>
      <div role="region" aria-label={t("foundRegion")} tabIndex={0} className="mt-2 max-h-96 overflow-auto rounded">
        <ul aria-label={t("foundList")} className="flex flex-col gap-2">
          {found.map((x) => (
            <li key={x.id} className="grid grid-cols-[5rem_1fr_auto] items-center gap-3 rounded-md border border-slate-200 bg-white p-2">
              {x.illustration ? (
                // eslint-disable-next-line @next/next/no-img-element -- a static SVG drawing; nothing to optimise
                <img src={x.illustration} alt="" width={80} height={39} loading="lazy" className="h-auto w-20 rounded border border-slate-200" />
              ) : (
                <span aria-hidden className="h-10 w-20 rounded border border-dashed border-slate-300" />
              )}
              <span className="min-w-0 text-sm">
                <span className="block font-medium">{x.name}</span>
                <span className="block text-xs text-slate-600">
                  {labels(`category.${x.category}`)} · {x.dose}
                </span>
                <span className="line-clamp-2 text-xs text-slate-700">{x.instructions}</span>
              </span>
              <button type="button" onClick={() => onAdd(x.id)} className="min-h-11 rounded-md border border-brand-700 px-3 text-sm font-semibold text-brand-900">
                {t("add")}
                <span className="sr-only"> {x.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
