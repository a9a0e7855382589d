import { RULE_DEFINITIONS } from "./thresholds";

/** Completion of prescribed sessions: done / prescribed, over the window (14 days by default). */
export interface Completion {
  done: number;
  prescribed: number;
  ratio: number | null;
  stopped: boolean;
}

/** Below half is "stopped doing the plan"; exactly half is not. Extra sessions do not count beyond the plan. */
export function completion(done: number, prescribed: number): Completion {
  if (prescribed <= 0) return { done, prescribed, ratio: null, stopped: false };
  const ratio = Math.min(done, prescribed) / prescribed;
  return { done: Math.min(done, prescribed), prescribed, ratio, stopped: ratio < RULE_DEFINITIONS.completionStoppedBelow };
}

/** Sessions a plan prescribes over a window: each exercise's days a week, pro rata. */
export function prescribedSessions(daysPerWeek: number[], windowDays: number): number {
  return Math.round(daysPerWeek.reduce((sum, d) => sum + Math.min(d, 7), 0) * (windowDays / 7));
}
