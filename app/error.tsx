"use client";

import { PageError } from "@/components/pages/page-error";

/** The root's error page, for routes outside the clinic's and the runner's layouts. */
export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="px-4">
      <PageError reset={reset} />
    </main>
  );
}
