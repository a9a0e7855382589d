"use client";

import { useCommonWords } from "@/components/words/common-words";

/** A page or a part of one that failed to load: a plain message and a retry; nothing the user entered was lost by this. */
export function PageError({ reset }: { reset: () => void }) {
  const words = useCommonWords();
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-semibold">{words.pageErrorTitle}</h1>
      <p role="alert" className="mt-2 text-slate-700">
        {words.pageErrorBody}
      </p>
      <button type="button" onClick={reset} className="mt-6 min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white">
        {words.tryAgain}
      </button>
    </div>
  );
}
