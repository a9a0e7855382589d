import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds";

/** Completion of prescribed sessions: done / prescribed, over the window (14 days by default). */
export interface Completion {
  done: number;
  prescribed: number;
  ratio: number | null;
  stopped: boolean;
}

export function completion(done: number, prescribed: number, t: Thresholds = DEFAULT_THRESHOLDS): Completion {
  if (prescribed <= 0) return { done, prescribed, ratio: null, stopped: false };
  const ratio = Math.min(done, prescribed) / prescribed;
  return { done: Math.min(done, prescribed), prescribed, ratio, stopped: ratio < t.completionStoppedBelow };
}

/** Sessions a plan prescribes over a window: each exercise's days a week, pro rata. */
export function prescribedSessions(daysPerWeek: number[], windowDays: number): number {
  return Math.round(daysPerWeek.reduce((sum, d) => sum + Math.min(d, 7), 0) * (windowDays / 7));
}
