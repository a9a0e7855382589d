import type { Verdict } from "@/lib/rules/traffic-light";

/** A session's light in words: provisional until its next-morning check-in is in. */
export const lightLabel = (v: Verdict) => (v.provisional ? `${v.light} (provisional)` : v.light);
