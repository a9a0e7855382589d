import { addDaysIso, daysBetween, type IsoDate } from "@/lib/dates";
import { versionInForce, type VersionLike } from "./plan-version";
import { RULE_DEFINITIONS } from "./thresholds";

/**
 * Completion of prescribed sessions: done / prescribed, over the window (14 days by default). `judged` is
 * false while it is too early to judge (a plan younger than 7 days, or fewer than 3 prescribed sessions):
 * such a runner is never "stopped".
 */
export interface Completion {
  done: number;
  prescribed: number;
  ratio: number | null;
  stopped: boolean;
  judged: boolean;
}

/** Below half is "stopped doing the plan"; exactly half is not. Extra sessions do not count beyond the plan. */
export function completion(done: number, prescribed: number, judged = true): Completion {
  if (prescribed <= 0) return { done, prescribed, ratio: null, stopped: false, judged: false };
  const ratio = Math.min(done, prescribed) / prescribed;
  return { done: Math.min(done, prescribed), prescribed, ratio, stopped: judged && ratio < RULE_DEFINITIONS.completionStoppedBelow, judged };
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

/** The first day adherence counts: the window's start, or the plan's start when the plan is younger. */
export function completionWindowStart(planStart: IsoDate, today: IsoDate): IsoDate {
  const windowStart = addDaysIso(today, -(RULE_DEFINITIONS.completionWindowDays - 1));
  return planStart > windowStart ? planStart : windowStart;
}

/**
 * Completion counted day by day from the plan version in force on each day: a plan changed today does
 * not rewrite the days before it. `done` is the sessions done from completionWindowStart to today.
 */
export function completionOverDays(versions: (VersionLike & { doses: Frequency[] })[], planStart: IsoDate, today: IsoDate, done: number): Completion | null {
  const d = RULE_DEFINITIONS;
  if (planStart > today) return null;
  let weekly = 0;
  for (let day = completionWindowStart(planStart, today); day <= today; day = addDaysIso(day, 1)) {
    weekly += weeklySessions(versionInForce(versions, day)?.doses ?? []);
  }
  if (weekly === 0 && versions.every((v) => v.doses.length === 0)) return null;
  const prescribed = Math.round(weekly / 7);
  const planDays = daysBetween(planStart, today) + 1;
  return completion(done, prescribed, planDays >= d.completionMinPlanDays && prescribed >= d.completionMinPrescribed);
}
