"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

const DEBOUNCE_MS = 300;

/**
 * The roster's search: a plain GET form (it works without JavaScript, with "Show"), which with JavaScript
 * filters as you type. Each pause of 300 ms replaces the URL, so the server reads one page of matches in
 * SQL as before, the Back button is not filled with keystrokes, and a result can be shared as a link.
 */
export function RosterSearch({ params, presentations, words }: { params: Record<string, string | undefined>; presentations: [string, string][]; words: { search: string; presentation: string; all: string; show: string } }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [pending, startTransition] = useTransition();
  useEffect(() => () => clearTimeout(timer.current), []);

  const apply = () => {
    const data = new FormData(form.current!);
    const next = new URLSearchParams();
    // The form's hidden fields keep the sort; no page number, so a new search starts again at page 1.
    for (const [key, value] of data) if (typeof value === "string" && value.trim()) next.set(key, value.trim());
    startTransition(() => router.replace(`/clinic${next.size ? `?${next}` : ""}`, { scroll: false }));
  };
  const later = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(apply, DEBOUNCE_MS);
  };

  return (
    <form ref={form} method="get" role="search" aria-busy={pending} className="mb-4 flex flex-wrap items-end gap-3">
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <label className="flex flex-col text-sm font-medium">
        {words.search}
        <input type="search" name="q" defaultValue={params.q} onChange={later} autoComplete="off" className="min-h-11 rounded-md border border-slate-300 bg-white px-2" />
      </label>
      <label className="flex flex-col text-sm font-medium">
        {words.presentation}
        <select name="presentation" defaultValue={params.presentation ?? ""} onChange={apply} className="min-h-11 rounded-md border border-slate-300 bg-white px-2">
          <option value="">{words.all}</option>
          {presentations.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium">
        {words.show}
      </button>
    </form>
  );
}
