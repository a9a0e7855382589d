"use client";

import { useEffect } from "react";
import { markThreadReadAction } from "@/lib/actions/conversation";

/**
 * Marks the thread read once it is on screen (not when the page is merely rendered: a prefetch or a
 * crawler is not a reader), and again when new messages arrive while it is open.
 */
export function MarkRead({ runnerId, seen }: { runnerId: string; seen: number }) {
  useEffect(() => {
    void markThreadReadAction(runnerId);
  }, [runnerId, seen]);
  return null;
}
