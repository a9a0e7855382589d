import type { IsoDate } from "@/lib/dates";

/*
 * Which version of a plan is in force on a day: the one rule that /today, the runner's page, the roster and
 * the completion chart all use.
 *
 * A plan's later phases wait for their criteria (docs/progression.md): a waiting version is never in force.
 * When a phase begins (a clinician's approval, or by itself on a self-progressing plan) its version takes
 * effect from the next day. An edit is a version that takes effect from the day it is made. So the version
 * in force is the one that took effect last, not the highest number; on the same day the higher version
 * wins (an edit made the day a phase starts replaces that phase). A version the clinician replaced before
 * it took effect is never in force.
 */
export interface VersionLike {
  version: number;
  effectiveFrom: IsoDate;
  /** Replaced by a later edit before it took effect. */
  superseded: boolean;
  /** A later phase waiting for its criteria: `effectiveFrom` is only the earliest day it may begin. */
  waiting: boolean;
}

const laterFirst = (a: VersionLike, b: VersionLike) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version;
const begun = (v: VersionLike) => !v.superseded && !v.waiting;

export function versionInForce<T extends VersionLike>(versions: T[], date: IsoDate): T | undefined {
  return versions.filter((v) => begun(v) && v.effectiveFrom <= date).sort(laterFirst)[0];
}

/** What a page shows as "the plan": the version in force, or before the plan starts, its first version. */
export function versionToShow<T extends VersionLike>(versions: T[], date: IsoDate): T | undefined {
  return versionInForce(versions, date) ?? versions.filter(begun).sort((a, b) => -laterFirst(a, b))[0];
}

/** What is still to come after `date`: versions dated ahead (a phase beginning tomorrow), then the waiting phases in order. */
export function phasesAhead<T extends VersionLike & { phase: number }>(versions: T[], date: IsoDate): T[] {
  const dated = versions.filter((v) => begun(v) && v.effectiveFrom > date).sort((a, b) => -laterFirst(a, b));
  const waiting = versions.filter((v) => !v.superseded && v.waiting).sort((a, b) => a.phase - b.phase || a.version - b.version);
  return [...dated, ...waiting];
}
