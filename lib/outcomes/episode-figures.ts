import { addDaysIso, daysBetween, type IsoDate } from "@/lib/dates";
import { type PainChange, painChange } from "@/lib/rules/change";
import { RULE_DEFINITIONS } from "@/lib/rules/thresholds";
import type { Verdict } from "@/lib/rules/traffic-light";

/*
 * The figures of one episode of care that its discharge summary states and the clinic's outcomes page adds
 * up (docs/outcomes.md, "Clinic figures"). Pure: the sessions come judged by the one pain rule.
 */
export interface JudgedSession {
  date: IsoDate;
  painDuring: number;
  painAfter: number;
  baseline: number;
  nextMorning: number | null;
  verdict: Verdict;
}

/** A session that leaves nothing behind: green, its next morning in, and no higher than its baseline. */
const settled = (s: JudgedSession) => s.verdict.light === "green" && !s.verdict.provisional && s.nextMorning != null && s.nextMorning <= s.baseline;

/**
 * Days from the episode's start to the end of its first pain-free week: a whole week (counted in 7-day
 * blocks from the start) with at least one session, every one of them settled. Null when no week was.
 */
export function daysToFirstPainFreeWeek(sessions: readonly JudgedSession[], startedOn: IsoDate, endedOn: IsoDate): number | null {
  const weeks = new Map<number, boolean>();
  for (const s of sessions) {
    if (s.date < startedOn || s.date > endedOn) continue;
    const week = Math.floor(daysBetween(startedOn, s.date) / 7);
    weeks.set(week, (weeks.get(week) ?? true) && settled(s));
  }
  const lastWhole = Math.floor((daysBetween(startedOn, endedOn) + 1) / 7) - 1;
  const first = [...weeks.entries()].filter(([week, ok]) => ok && week <= lastWhole).map(([week]) => week).sort((a, b) => a - b)[0];
  return first == null ? null : (first + 1) * 7;
}

export interface PainWindowSummary {
  from: IsoDate;
  to: IsoDate;
  sessions: number;
  /** Mean pain during and after, to one decimal; null without a session. */
  during: number | null;
  after: number | null;
}

export interface EpisodePain {
  first: PainWindowSummary;
  last: PainWindowSummary;
  /** Pain after, first two weeks against the last two, by the real-change rule; null with too few sessions in either. */
  change: PainChange | null;
}

const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);

/** Pain over the episode: its first two weeks against its last two (they may overlap in a short episode). */
export function painOverEpisode(sessions: readonly JudgedSession[], startedOn: IsoDate, endedOn: IsoDate): EpisodePain {
  const span = RULE_DEFINITIONS.trendWindowDays;
  const window = (from: IsoDate, to: IsoDate): PainWindowSummary => {
    const inside = sessions.filter((s) => s.date >= from && s.date <= to);
    return { from, to, sessions: inside.length, during: mean(inside.map((s) => s.painDuring)), after: mean(inside.map((s) => s.painAfter)) };
  };
  const firstEnd = addDaysIso(startedOn, span - 1);
  const lastStart = addDaysIso(endedOn, -(span - 1));
  const first = window(startedOn, firstEnd < endedOn ? firstEnd : endedOn);
  const last = window(lastStart > startedOn ? lastStart : startedOn, endedOn);
  const enough = (w: PainWindowSummary) => w.sessions >= RULE_DEFINITIONS.trendMinLogs && w.after != null;
  return { first, last, change: enough(first) && enough(last) ? painChange(first.after!, last.after!) : null };
}
