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

/** A prescription's dose as adherence counts it: a twice-a-day exercise is two sessions a day. */
export interface Frequency {
  daysPerWeek: number;
  timesPerDay: number;
}

/** Sessions a plan prescribes in a week. */
export const weeklySessions = (doses: Frequency[]) => doses.reduce((sum, d) => sum + Math.min(d.daysPerWeek, 7) * d.timesPerDay, 0);

/** Sessions a plan prescribes over a window, pro rata. */
export function prescribedSessions(doses: Frequency[], windowDays: number): number {
  return Math.round(weeklySessions(doses) * (windowDays / 7));
}
