import { addDaysIso, daysBetween, type IsoDate } from "@/lib/dates";
import type { Completion } from "./adherence";
import { type Comeback, daysUnscreened, missingMornings, morningCreep } from "./across-sessions";
import type { PainTrends } from "./change";
import { type DistanceChange, isSteepRise, type LoadRatio } from "./load";
import { type Urgency, URGENCY_ORDER } from "./red-flags";
import { type Phrase, phrase } from "./phrase";
import { DEFAULT_PAIN_RULES, type PainRules, RULE_DEFINITIONS } from "./thresholds";
import { type Light, peakPain, type Reason, type SessionPain, sessionLight, worst } from "./traffic-light";

/*
 * Who needs attention first. Each runner gets a status with its reasons as short chips, and a rank:
 * an open red flag (urgent), then red, then a worsening trend, then stopped logging, then amber, then
 * green and ready to progress, then the rest. The roster and the runner's page both show exactly this.
 */
export type TriageStatus = "urgent" | "red" | "amber" | "green" | "stopped";

/** A red flag the runner reported that no clinician has closed yet, with the local date and time of the report. */
export interface OpenRedFlag {
  urgency: Urgency;
  signs: string[];
  date: IsoDate;
  time: string;
}

export interface TriageSession extends SessionPain {
  date: IsoDate;
  kind: "exercise" | "run";
  /** Logged before a clinician last marked the runner reviewed: no longer stands past the 7-day window. */
  reviewed: boolean;
}

export interface RunnerSignals {
  /** Today in the runner's calendar. */
  today: IsoDate;
  rules: PainRules;
  /**
   * The runner's sessions of the last 14 days, and every older one not yet reviewed since their latest
   * session whose next morning is in: an older painful light stands until one of those settles it.
   */
  recentSessions: TriageSession[];
  /** Pain after, pain during and morning pain, each by the real-change rule; null where a window is too thin. */
  painTrends: PainTrends;
  completion: Completion | null;
  lastLogDate: IsoDate | null;
  lastCheckinDate: IsoDate | null;
  /** The day care began (the runner's start date). */
  inCareSince: IsoDate;
  /** The morning check-in asks this runner red-flag questions (back-related, or a strain's first weeks). */
  screenedEachMorning: boolean;
  load: LoadRatio;
  distance: DistanceChange;
  comeback: Comeback | null;
  /** Open red flags, newest first. Any one of them makes the runner urgent, whatever the pain rules say. */
  redFlags: OpenRedFlag[];
  /** "Something else is worrying me" entries no clinician has read yet, newest first. */
  worries: { date: IsoDate }[];
}

/** A reason as a short chip: its words are a phrase (messages "chips"), worded for whoever reads it. */
export interface Chip {
  says: Phrase;
  tone: Light | "stopped" | "urgent";
}

export interface Triage {
  status: TriageStatus;
  /** The most urgent open red flag's urgency: among urgent runners, the emergency comes first. */
  urgency: Urgency | null;
  worsening: boolean;
  chips: Chip[];
  rank: number;
}

export const chip = (tone: Chip["tone"], key: string, values?: Phrase["values"]): Chip => ({ tone, says: phrase(`chips.${key}`, values) });
const size = (r: Reason) => (r.code === "morning-rise" ? r.rise : "pain" in r ? r.pain : 0);
const lightOrder: Record<Light, number> = { green: 0, amber: 1, red: 2 };
/** Compares [light, size, date] tuples, each a tie-break for the one before. */
const isStronger = (a: readonly [number, number, string], b: readonly [number, number, string]) =>
  a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];

function chipFor(r: Reason, date: IsoDate, kind: TriageSession["kind"]): Chip {
  const on = { day: date };
  switch (r.code) {
    case "pain-during":
    case "pain-after":
      return chip(r.light, r.code, { pain: r.pain, kind, date: on });
    case "neural-after":
      return chip(r.light, r.code, { pain: r.pain, rise: r.rise, date: on });
    case "morning-rise":
      return chip(r.light, r.code, { rise: r.rise, date: on });
    case "morning-pain":
      return chip(r.light, r.code, { pain: r.pain, date: on });
    case "nerve-symptoms":
      return chip(r.light, r.code, { date: on });
    case "sudden-pain":
      return chip(r.light, r.code, { kind, date: on });
  }
}

/**
 * Chips for the clinician alone: worries to read (the runner wrote them) and the green notes on a runner's
 * own limits or a new runner. The runner's own status shows every other reason.
 */
export const forClinicianOnly = (c: Chip) => c.tone === "green" || c.says.key === "chips.worries";

export function triage(s: RunnerSignals): Triage {
  const d = RULE_DEFINITIONS;
  const chips: Chip[] = [];
  const lights: Light[] = [];
  // The strongest instance of each kind of reason: the worst light, then the highest pain or rise, then the latest.
  const strongest = new Map<string, { reason: Reason; date: IsoDate; kind: TriageSession["kind"] }>();
  let silentAfterPain: { session: TriageSession; light: Light } | null = null;
  let easedByOwnLimits: { session: TriageSession; pain: number } | null = null;
  const recentAfter = addDaysIso(s.today, -d.triageRecentDays);
  const morningsPassedUpTo = addDaysIso(s.today, -d.missingCheckinAfterDays);
  // The latest session whose light is final (its next morning in): older lights outside the week stop standing.
  const settledOn = s.recentSessions.reduce<IsoDate | null>((latest, x) => (x.nextMorning != null && (latest == null || x.date > latest) ? x.date : latest), null);
  for (const session of s.recentSessions) {
    const verdict = sessionLight(session, s.rules);
    const inWeek = session.date > recentAfter;
    // Silence is never green: an older amber or red stands, with its date, until a newer light is final or a clinician reviews it.
    const stands = inWeek || (!session.reviewed && (settledOn == null || session.date >= settledOn));
    if (stands) {
      lights.push(verdict.light);
      for (const reason of verdict.reasons) {
        const held = strongest.get(reason.code);
        const order = (r: Reason, date: IsoDate) => [lightOrder[r.light], size(r), date] as const;
        if (!held || isStronger(order(reason, session.date), order(held.reason, held.date))) {
          strongest.set(reason.code, { reason, date: session.date, kind: session.kind });
        }
      }
    }
    if (inWeek && verdict.light === "green" && sessionLight(session, DEFAULT_PAIN_RULES).light !== "green") {
      const pain = peakPain(session);
      if (!easedByOwnLimits || pain > easedByOwnLimits.pain) easedByOwnLimits = { session, pain };
    }
    // A painful session whose next morning passed without a check-in, and no check-in since: flagged until one comes or a clinician reviews it.
    const morningPassed = session.date <= morningsPassedUpTo;
    const checkedInSince = s.lastCheckinDate != null && s.lastCheckinDate > session.date;
    if (verdict.provisional && verdict.light !== "green" && morningPassed && !checkedInSince && !session.reviewed && (!silentAfterPain || session.date > silentAfterPain.session.date)) {
      silentAfterPain = { session, light: verdict.light };
    }
  }
  for (const { reason, date, kind } of strongest.values()) chips.push(chipFor(reason, date, kind));
  if (silentAfterPain) {
    lights.push("amber");
    chips.push(chip("amber", "silent-morning", { pain: peakPain(silentAfterPain.session), date: { day: silentAfterPain.session.date } }));
  }
  if (easedByOwnLimits) {
    chips.push(chip("green", "own-limits", { pain: easedByOwnLimits.pain, date: { day: easedByOwnLimits.session.date } }));
  }
  const unmeasured = missingMornings(
    s.recentSessions.map((x) => x.date),
    s.lastCheckinDate,
    s.today,
    s.rules,
  );
  if (unmeasured != null) {
    lights.push("amber");
    chips.push(chip("amber", "no-mornings", { sessions: unmeasured }));
  }

  // Worsening: any of the three series by the real-change rule, or the mornings creeping up session after session.
  const creeping = morningCreep(
    [...s.recentSessions].filter((x) => x.date > addDaysIso(s.today, -d.trendWindowDays)).sort((a, b) => a.date.localeCompare(b.date)),
    s.rules,
  );
  let worsening = false;
  for (const series of ["after", "during", "morning"] as const) {
    const trend = s.painTrends[series];
    if (trend?.trend !== "worsening") continue;
    worsening = true;
    chips.push(chip("amber", "trend", { series, points: Math.round(trend.points * 10) / 10, days: d.trendWindowDays }));
  }
  if (creeping != null) {
    worsening = true;
    chips.push(chip("amber", "creep", { sessions: creeping }));
  }
  // The load ratio is context, not a verdict: only the high-risk line adds an amber flag, never red.
  if (s.load.kind === "ratio" && s.load.band === "high risk") {
    lights.push("amber");
    chips.push(chip("amber", "load", { ratio: s.load.value }));
  }
  if (isSteepRise(s.distance.change)) {
    lights.push("amber");
    chips.push(chip("amber", "distance", { percent: Math.round(s.distance.change! * 100) }));
  }
  if (s.comeback) {
    lights.push("amber");
    const km = Math.round(s.comeback.km * 10) / 10;
    chips.push(chip("amber", "comeback", { km, runs: s.comeback.runs, daysOff: s.comeback.daysOff }));
  }
  const unscreened = s.screenedEachMorning ? daysUnscreened(s.lastCheckinDate, s.inCareSince, s.today, s.rules) : null;
  if (unscreened != null) {
    lights.push("amber");
    chips.push(chip("amber", "unscreened", { days: unscreened }));
  }
  if (s.worries.length) {
    lights.push("amber");
    chips.push(chip("amber", "worries", { count: s.worries.length, date: { day: s.worries[0]!.date } }));
  }

  const silentDays = s.lastLogDate ? daysBetween(s.lastLogDate, s.today) : null;
  // A runner new to care has not had the time to stop: "too early to judge" ranks with green, not above amber.
  const newToCare = daysBetween(s.inCareSince, s.today) < d.completionMinPlanDays;
  const stopped = Boolean(s.completion?.stopped) || (silentDays == null ? !newToCare : silentDays >= d.completionWindowDays);
  if (s.completion?.stopped) chips.push(chip("stopped", "completion", { done: s.completion.done, prescribed: s.completion.prescribed, days: d.completionWindowDays }));
  if (silentDays == null) chips.push(newToCare ? chip("green", "new") : chip("stopped", "nothing"));
  else if (silentDays >= d.silentDaysMention) chips.push(chip("stopped", "silent", { days: silentDays }));

  const urgency = s.redFlags.reduce<Urgency | null>((u, f) => (u == null || URGENCY_ORDER[f.urgency] < URGENCY_ORDER[u] ? f.urgency : u), null);
  for (const flag of s.redFlags) {
    chips.push(chip("urgent", "red-flag", { signs: { signs: flag.signs }, time: flag.time, date: { day: flag.date } }));
  }

  const light = worst(lights);
  const status: TriageStatus = urgency ? "urgent" : light === "red" ? "red" : stopped ? "stopped" : light === "amber" || worsening ? "amber" : "green";
  // Rank 5 is green and ready to progress (lib/rules/progression.ts): after amber, before plain green.
  const rank = urgency ? 0 : status === "red" ? 1 : worsening ? 2 : status === "stopped" ? 3 : status === "amber" ? 4 : 6;
  // Red flags, then red chips, so the first words are the reason to look.
  const order = { urgent: 0, red: 1, amber: 2, stopped: 3, green: 4 };
  chips.sort((a, b) => order[a.tone] - order[b.tone]);
  return { status, urgency, worsening, chips, rank };
}
