import { addDaysIso, type IsoDate, today } from "@/lib/dates";

/* The ranges the recovery charts offer, and the first day each covers in the runner's own calendar. */

export type Range = "4w" | "12w" | "all";
export const parseRange = (value: unknown): Range => (value === "4w" || value === "all" ? value : "12w");

/** The first day a range covers, ending on the runner's today; "all" starts at the runner's rehab start. */
export function rangeStart(range: Range, runner: { startDate: IsoDate; timeZone: string }): string {
  if (range === "all") return runner.startDate;
  const from = addDaysIso(today(runner.timeZone), range === "4w" ? -27 : -83);
  return from > runner.startDate ? from : runner.startDate;
}
