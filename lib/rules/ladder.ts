import { formatShortDate } from "@/lib/date-format";
import type { IsoDate } from "@/lib/dates";
import type { PainRules } from "./thresholds";
import { type SessionPain, sessionLight } from "./traffic-light";

/*
 * The return-to-run walk-run ladder (docs/progression.md). One step up after N green runs in a row at the
 * step with their next mornings in; amber holds; red steps down one. The clinician starts the ladder after
 * recording the return-to-run criteria they used; StrideBack records them and does not judge them.
 */
export interface LadderStep {
  /** Minutes of walking in each repeat; 0 for continuous running. */
  walkMinutes: number;
  runMinutes: number;
  repeats: number;
}

/** The library's ladder, which a clinic uses until it keeps its own. */
export const DEFAULT_LADDER: LadderStep[] = [
  { walkMinutes: 4, runMinutes: 1, repeats: 6 },
  { walkMinutes: 3, runMinutes: 2, repeats: 6 },
  { walkMinutes: 2, runMinutes: 3, repeats: 6 },
  { walkMinutes: 1, runMinutes: 4, repeats: 6 },
  { walkMinutes: 0, runMinutes: 20, repeats: 1 },
  { walkMinutes: 0, runMinutes: 30, repeats: 1 },
];

/** The return-to-run criteria the clinician ticks before starting the ladder. */
export const RETURN_TO_RUN_CHECKLIST = [
  "Brisk walking for 30 minutes without pain",
  "20 single-leg bridges each side without pain",
  "Askling's H-test without insecurity",
] as const;

export function stepDose(step: LadderStep): string {
  return step.walkMinutes === 0 ? `${step.runMinutes} minutes easy running` : `walk ${step.walkMinutes} min / run ${step.runMinutes} min x ${step.repeats}`;
}

/** "Step 2: walk 3 min / run 2 min x 6". Steps are numbered from 1. */
export const stepLabel = (steps: LadderStep[], number: number) => `Step ${number}: ${stepDose(steps[number - 1]!)}`;

export interface LadderMove {
  step: number;
  effectiveFrom: IsoDate;
}

/** The step in force on a day: the latest move that had taken effect by then; null before the ladder began. */
export function stepOn(moves: LadderMove[], date: IsoDate): number | null {
  let found: LadderMove | null = null;
  for (const m of moves) if (m.effectiveFrom <= date && (!found || m.effectiveFrom >= found.effectiveFrom)) found = m;
  return found?.step ?? null;
}

export interface LadderRun extends SessionPain {
  date: IsoDate;
}

export type LadderDecision =
  | { move: "up"; because: string }
  | { move: "down"; because: string }
  | { move: "hold"; because: string; needs: string };

const day = (date: IsoDate) => formatShortDate(date);

/**
 * What the runs logged at the step in force (since it began, oldest first) decide for tomorrow. A red run
 * steps down (or holds at the first step); the last N runs green and final step up; anything else holds.
 */
export function ladderDecision(runs: LadderRun[], step: number, stepCount: number, rules: PainRules): LadderDecision {
  const judged = runs.map((run) => ({ run, verdict: sessionLight(run, rules) }));
  const red = judged.findLast((j) => j.verdict.light === "red");
  if (red) {
    return step > 1
      ? { move: "down", because: `red run on ${day(red.run.date)}` }
      : { move: "hold", because: `red run on ${day(red.run.date)} at the first step`, needs: "your physio's review: this is the first step" };
  }
  const needed = rules.ladderGreenRuns;
  const last = judged.slice(-needed);
  const amber = last.findLast((j) => j.verdict.light === "amber");
  if (amber) return { move: "hold", because: `amber run on ${day(amber.run.date)}: repeat this step`, needs: `${needed} green runs in a row at this step` };
  const greens = last.filter((j) => !j.verdict.provisional).length;
  if (last.length === needed && greens === needed) {
    return step < stepCount ? { move: "up", because: `${needed} green runs with settled mornings, the last on ${day(last.at(-1)!.run.date)}` } : { move: "hold", because: "top of the ladder", needs: "nothing: this is the last step" };
  }
  const more = needed - last.length;
  const waiting = last.filter((j) => j.verdict.provisional).map((j) => day(j.run.date));
  const needs = [more > 0 ? `${more} more green run${more === 1 ? "" : "s"} with a settled morning` : null, waiting.length ? `the morning check-in after ${waiting.join(" and ")}` : null].filter(Boolean).join(", and ");
  return { move: "hold", because: "waiting", needs };
}
