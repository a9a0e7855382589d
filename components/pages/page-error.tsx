"use client";

/** A page or a part of one that failed to load: a plain message and a retry; nothing the user entered was lost by this. */
export function PageError({ reset }: { reset: () => void }) {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-semibold">This page could not load</h1>
      <p role="alert" className="mt-2 text-slate-700">
        Something went wrong on our side. If StrideBack cannot reach its database, nothing you entered is lost: try again in a minute.
      </p>
      <button type="button" onClick={reset} className="mt-6 min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white">
        Try again
      </button>
    </div>
  );
}
