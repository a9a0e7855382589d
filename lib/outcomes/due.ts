import { addDaysIso, type IsoDate } from "@/lib/dates";

/*
 * When a measure is due (docs/outcomes.md, "Schedules"). A schedule may ask at intake, every N days from a
 * first due date, and at discharge, in any mix; one fill answers whichever occasion is open, the most
 * pressing first: discharge (the clinician is waiting to discharge), then intake, then the review.
 */
export type Occasion = "intake" | "review" | "discharge";

export interface MeasureTiming {
  atIntake: boolean;
  everyDays: number | null;
  atDischarge: boolean;
  startsOn: IsoDate;
}

export interface EpisodeDays {
  today: IsoDate;
  /** The first day of the episode of care: a fill before it belongs to an earlier episode. */
  startedOn: IsoDate;
  /** When the clinician asked for the discharge measures; null until they do. */
  dischargeAskedAt: Date | null;
}

/** A fill's calendar day (in the runner's zone) and the instant it was stored. */
export interface FillTime {
  date: IsoDate;
  at: Date;
}

/** The day the next review is due: its first due date, then `everyDays` after the last fill. */
export function nextReview(timing: Pick<MeasureTiming, "everyDays" | "startsOn">, lastFilled: IsoDate | null): IsoDate | null {
  if (timing.everyDays == null) return null;
  if (!lastFilled || lastFilled < timing.startsOn) return timing.startsOn;
  return addDaysIso(lastFilled, timing.everyDays);
}

/**
 * The occasion a fill would answer today, or null when the measure is not due. `filled`: any order. The
 * discharge fill is one stored after the clinician asked, not merely the same day: a review filled that
 * morning is not the discharge measure the clinician asked for in the afternoon.
 */
export function dueOccasion(timing: MeasureTiming | null, filled: readonly FillTime[], days: EpisodeDays): Occasion | null {
  if (!timing) return null;
  const last = filled.reduce<IsoDate | null>((a, b) => (a == null || b.date > a ? b.date : a), null);
  const askedAt = days.dischargeAskedAt;
  if (timing.atDischarge && askedAt && !filled.some((f) => f.at >= askedAt)) return "discharge";
  if (timing.atIntake && !(last && last >= days.startedOn)) return "intake";
  const next = nextReview(timing, last);
  return next != null && next <= days.today ? "review" : null;
}

/** How often, in words: "every week", "every 2 weeks". */
export const everyWeeks = (everyDays: number) => (everyDays === 7 ? "every week" : `every ${everyDays / 7} weeks`);
