import type { IsoDate } from "@/lib/dates";

/*
 * Which version of a plan is in force on a day: the one rule that /today, the runner's page, the roster and
 * the completion chart all use.
 *
 * A template's phases are versions dated ahead (week 2 of the Nordic progression takes effect a week after
 * week 1). An edit is a version that takes effect from the day it is made. So the version in force is the
 * one that took effect last, not the highest number: an edit in week 1 changes week 1, and week 2 still
 * comes on its date. On the same day, the higher version wins (an edit made the day a phase starts replaces
 * that phase). A version the clinician replaced before it took effect is never in force.
 */
export interface VersionLike {
  version: number;
  effectiveFrom: IsoDate;
  /** Replaced by a later edit before it took effect. */
  superseded: boolean;
}

const laterFirst = (a: VersionLike, b: VersionLike) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version;

export function versionInForce<T extends VersionLike>(versions: T[], date: IsoDate): T | undefined {
  return versions.filter((v) => !v.superseded && v.effectiveFrom <= date).sort(laterFirst)[0];
}

/** What a page shows as "the plan": the version in force, or before the plan starts, its first version. */
export function versionToShow<T extends VersionLike>(versions: T[], date: IsoDate): T | undefined {
  return versionInForce(versions, date) ?? versions.filter((v) => !v.superseded).sort((a, b) => -laterFirst(a, b))[0];
}

/** The phases still to come after `date`, in the order they will take effect. */
export function phasesAhead<T extends VersionLike>(versions: T[], date: IsoDate): T[] {
  return versions.filter((v) => !v.superseded && v.effectiveFrom > date).sort((a, b) => -laterFirst(a, b));
}
