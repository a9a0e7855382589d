import { addDaysIso, daysBetween, type IsoDate } from "@/lib/dates";
import type { Run } from "./load";
import { type PainRules, RULE_DEFINITIONS } from "./thresholds";
import type { SessionPain } from "./traffic-light";

/*
 * What one session's light cannot see (docs/pain-rules.md, "Across sessions"): pure functions over a
 * runner's days, each fed plain rows and each reading its numbers from the runner's rules.
 */

type Dated = Pick<SessionPain, "baseline" | "nextMorning"> & { date: IsoDate };

/**
 * Morning creep: the latest sessions with their next morning in, this many in a row, each with a next
 * morning above its own baseline. A session still waiting for its morning neither counts nor breaks the
 * run; a settled morning ends it. Sessions must be oldest first.
 */
export function morningCreep(sessions: Dated[], rules: Pick<PainRules, "morningCreepSessions">): number | null {
  let streak = 0;
  for (let i = sessions.length - 1; i >= 0; i--) {
    const s = sessions[i]!;
    if (s.nextMorning == null) continue;
    if (s.nextMorning <= s.baseline) break;
    streak++;
  }
  return streak >= rules.morningCreepSessions ? streak : null;
}

export interface Comeback {
  /** The first run after the break. */
  returnedOn: IsoDate;
  daysOff: number;
  /** The most distance, and the most runs, in any 7 days since the return. */
  km: number;
  runs: number;
}

/**
 * Running after a break: a week of running after weeks of none is a rise, not "no change". After a break of
 * 14 days or more (the load ratio's own definition of a break), more than the runner's limit of distance or
 * of runs in any 7 days since the return is a comeback to watch. Only a return within the last 28 days
 * counts: by then the load ratio has its history again. `runs`: the last 28 days; `lastRunBefore`: the
 * latest run before them.
 */
export function comebackAfterBreak(runs: Run[], lastRunBefore: IsoDate | null, today: IsoDate, rules: Pick<PainRules, "returnKmAbove" | "returnRunsAbove">): Comeback | null {
  const d = RULE_DEFINITIONS;
  const sorted = runs.filter((r) => r.date <= today && r.date > addDaysIso(today, -d.chronicDays)).sort((a, b) => a.date.localeCompare(b.date));
  let previous = lastRunBefore;
  let returnAt = -1;
  let daysOff = 0;
  sorted.forEach((run, i) => {
    const off = previous == null ? 0 : daysBetween(previous, run.date) - 1;
    if (off >= d.breakDays) [returnAt, daysOff] = [i, off];
    previous = run.date;
  });
  if (returnAt < 0) return null;
  const since = sorted.slice(returnAt);
  let heaviest = { km: 0, runs: 0 };
  for (const start of since) {
    const week = since.filter((r) => r.date >= start.date && r.date <= addDaysIso(start.date, d.acuteDays - 1));
    const km = Math.round(week.reduce((sum, r) => sum + r.distanceKm, 0) * 10) / 10;
    heaviest = { km: Math.max(heaviest.km, km), runs: Math.max(heaviest.runs, week.length) };
  }
  const rise = heaviest.km > rules.returnKmAbove || heaviest.runs > rules.returnRunsAbove;
  return rise ? { returnedOn: since[0]!.date, daysOff, ...heaviest } : null;
}

/**
 * Sessions logged but no morning check-in in the last 7 days: the 24-hour rule cannot be applied. The
 * count of sessions when the flag applies, else null.
 */
export function missingMornings(sessionDates: IsoDate[], lastCheckin: IsoDate | null, today: IsoDate, rules: Pick<PainRules, "noCheckinSessions">): number | null {
  const weekStart = addDaysIso(today, -(RULE_DEFINITIONS.acuteDays - 1));
  const inWeek = sessionDates.filter((date) => date >= weekStart && date <= today).length;
  const checkedIn = lastCheckin != null && lastCheckin >= weekStart;
  return inWeek >= rules.noCheckinSessions && !checkedIn ? inWeek : null;
}

/**
 * A runner screened each morning (red-flag questions on the check-in) who has not checked in for this many
 * days: the days since the last check-in (or since the day before care began), when the limit is reached.
 */
export function daysUnscreened(lastCheckin: IsoDate | null, inCareSince: IsoDate, today: IsoDate, rules: Pick<PainRules, "notScreenedDays">): number | null {
  const from = lastCheckin ?? addDaysIso(inCareSince, -1);
  const days = daysBetween(from, today);
  return days >= rules.notScreenedDays ? days : null;
}
