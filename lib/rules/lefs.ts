import { addDaysIso, type IsoDate } from "@/lib/dates";

/*
 * The Lower Extremity Functional Scale (Binkley et al., 1999): 20 everyday activities, each rated 0
 * (extreme difficulty or unable) to 4 (no difficulty); the total runs 0-80, higher is better. A change of
 * 9 points or more is beyond the scale's measurement error (its minimal detectable change), so StrideBack
 * calls it real; anything smaller is "no real change yet", however it looks on the chart.
 */
export const LEFS_QUESTION = "Today, do you or would you have any difficulty at all with:";

export const LEFS_ITEMS = [
  "Any of your usual work, housework or school activities",
  "Your usual hobbies, recreational or sporting activities",
  "Getting into or out of the bath",
  "Walking between rooms",
  "Putting on your shoes or socks",
  "Squatting",
  "Lifting an object, like a bag of groceries, from the floor",
  "Performing light activities around your home",
  "Performing heavy activities around your home",
  "Getting into or out of a car",
  "Walking 2 blocks",
  "Walking a mile",
  "Going up or down 10 stairs (about 1 flight of stairs)",
  "Standing for 1 hour",
  "Sitting for 1 hour",
  "Running on even ground",
  "Running on uneven ground",
  "Making sharp turns while running fast",
  "Hopping",
  "Rolling over in bed",
] as const;

export const LEFS_CHOICES = [
  { value: 0, label: "Extreme difficulty or unable to perform activity" },
  { value: 1, label: "Quite a bit of difficulty" },
  { value: 2, label: "Moderate difficulty" },
  { value: 3, label: "A little bit of difficulty" },
  { value: 4, label: "No difficulty" },
] as const;

export const LEFS_MAX = 80;
/** Minimal detectable change (90% confidence), in points. */
export const LEFS_MDC = 9;

export const lefsTotal = (answers: readonly number[]) => answers.reduce((sum, a) => sum + a, 0);

/** How often, in words: "every week", "every 2 weeks". */
export const everyWeeks = (everyDays: number) => (everyDays === 7 ? "every week" : `every ${everyDays / 7} weeks`);

export interface LefsSchedule {
  everyDays: number;
  startsOn: IsoDate;
}

/** The day the next questionnaire is due: the start, then `everyDays` after the last one filled. */
export function nextLefsDue(schedule: LefsSchedule, lastFilled: IsoDate | null): IsoDate {
  if (!lastFilled || lastFilled < schedule.startsOn) return schedule.startsOn;
  return addDaysIso(lastFilled, schedule.everyDays);
}

export const isLefsDue = (schedule: LefsSchedule | null, lastFilled: IsoDate | null, today: IsoDate) =>
  schedule != null && nextLefsDue(schedule, lastFilled) <= today;

export interface LefsChange {
  from: { date: IsoDate; total: number };
  to: { date: IsoDate; total: number };
  points: number;
  real: boolean;
}

/** Change from the first score to the latest: real when it is at least the MDC either way. */
export function lefsChange(scores: { date: IsoDate; total: number }[]): LefsChange | null {
  if (scores.length < 2) return null;
  const from = scores[0]!;
  const to = scores.at(-1)!;
  const points = to.total - from.total;
  return { from, to, points, real: Math.abs(points) >= LEFS_MDC };
}

/** The summary both sides read under the chart. */
export function lefsSummary(scores: { date: IsoDate; total: number }[], formatDay: (d: IsoDate) => string): string {
  if (scores.length === 0) return "No LEFS filled yet.";
  const latest = scores.at(-1)!;
  const change = lefsChange(scores);
  if (!change) return `LEFS ${latest.total} of ${LEFS_MAX} on ${formatDay(latest.date)}: the first score, the baseline for later ones.`;
  const size = Math.abs(change.points);
  const direction = change.points > 0 ? `up ${size} point${size === 1 ? "" : "s"} (better)` : change.points < 0 ? `down ${size} point${size === 1 ? "" : "s"} (worse)` : "unchanged";
  const verdict = change.real
    ? `a real change: at least the ${LEFS_MDC}-point minimal detectable change`
    : `no real change yet: less than the ${LEFS_MDC}-point minimal detectable change`;
  return `LEFS ${latest.total} of ${LEFS_MAX} on ${formatDay(latest.date)}, ${direction} since ${formatDay(change.from.date)} (${change.from.total}): ${verdict}.`;
}
