"use client";

import { PageError } from "@/components/pages/page-error";

/** Inside the layout: the header and its links stay, so a failed page is one tap from the others. */
export default function SegmentError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError reset={reset} />;
}
