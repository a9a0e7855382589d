import { addDaysIso, type IsoDate } from "@/lib/dates";

/*
 * A template's phases become dated plan versions: phase 1 from the plan's start, each next phase when
 * the weeks of the one before have run out. A phase with no length is the last one.
 */
export interface PhaseLike {
  phase: number;
  phaseWeeks: number | null;
}

export function phaseStartDates<T extends PhaseLike>(items: T[], planStart: IsoDate): Map<number, IsoDate> {
  const lengths = new Map<number, number | null>();
  for (const item of items) if (!lengths.has(item.phase)) lengths.set(item.phase, item.phaseWeeks);
  const starts = new Map<number, IsoDate>();
  let start = planStart;
  for (const phase of [...lengths.keys()].sort((a, b) => a - b)) {
    starts.set(phase, start);
    const weeks = lengths.get(phase);
    if (weeks == null) break;
    start = addDaysIso(start, weeks * 7);
  }
  return starts;
}
