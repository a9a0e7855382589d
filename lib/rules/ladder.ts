import type { IsoDate } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import { type Phrase, phrase } from "./phrase";
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

/** "walk 3 min / run 2 min x 6", "20 minutes easy running", in the reader's words. */
export function stepDose(step: LadderStep, locale: Locale = "en"): string {
  return wordsFor(locale, "ladder")("dose", { walk: step.walkMinutes, run: step.runMinutes, repeats: step.repeats });
}

/** "Step 2: walk 3 min / run 2 min x 6". Steps are numbered from 1. */
export const stepLabel = (steps: LadderStep[], number: number, locale: Locale = "en") => wordsFor(locale, "ladder")("step", { n: number, dose: stepDose(steps[number - 1]!, locale) });

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

/** Why the ladder moves, and what it needs next, as phrases (./phrase.ts) worded for whoever reads them. */
export type LadderDecision =
  | { move: "up"; because: Phrase }
  | { move: "down"; because: Phrase }
  | { move: "hold"; because: Phrase; needs: Phrase | null };

const day = (date: IsoDate) => ({ day: date });

/**
 * What the runs logged at the step in force (since it began, oldest first) decide for tomorrow. A red run
 * steps down (or holds at the first step); the last N runs green and final step up; anything else holds.
 */
export function ladderDecision(runs: LadderRun[], step: number, stepCount: number, rules: PainRules): LadderDecision {
  const judged = runs.map((run) => ({ run, verdict: sessionLight(run, rules) }));
  const red = judged.findLast((j) => j.verdict.light === "red");
  if (red) {
    return step > 1
      ? { move: "down", because: phrase("ladder.red", { date: day(red.run.date) }) }
      : { move: "hold", because: phrase("ladder.redFirst", { date: day(red.run.date) }), needs: phrase("ladder.needsReview") };
  }
  const needed = rules.ladderGreenRuns;
  const last = judged.slice(-needed);
  const amber = last.findLast((j) => j.verdict.light === "amber");
  if (amber) return { move: "hold", because: phrase("ladder.amber", { date: day(amber.run.date) }), needs: phrase("ladder.needsGreens", { count: needed }) };
  const greens = last.filter((j) => !j.verdict.provisional).length;
  if (last.length === needed && greens === needed) {
    return step < stepCount
      ? { move: "up", because: phrase("ladder.up", { count: needed, date: day(last.at(-1)!.run.date) }) }
      : { move: "hold", because: phrase("ladder.top"), needs: phrase("ladder.needsNothing") };
  }
  const more = needed - last.length;
  const waiting = last.filter((j) => j.verdict.provisional).map((j) => j.run.date);
  const moreGreens = more > 0 ? phrase("ladder.needsMore", { more }) : null;
  const mornings = waiting.length ? phrase("ladder.needsMornings", { days: { days: waiting } }) : null;
  return { move: "hold", because: phrase("ladder.waiting"), needs: moreGreens && mornings ? phrase("ladder.needsBoth", { first: moreGreens, second: mornings }) : (moreGreens ?? mornings) };
}
