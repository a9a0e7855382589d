import { format, parseISO } from "date-fns";
import { addDaysIso, daysBetween, type IsoDate } from "@/lib/dates";
import type { Completion } from "./adherence";
import type { PainChange } from "./change";
import { type DistanceChange, isSteepRise, type LoadRatio } from "./load";
import { type Urgency, URGENCY_ORDER, signOf } from "./red-flags";
import { type PainRules, RULE_DEFINITIONS } from "./thresholds";
import { type Light, peakPain, type Reason, type SessionPain, sessionLight, worst } from "./traffic-light";

/*
 * Who needs attention first. Each runner gets a status with its reasons as short chips, and a rank:
 * an open red flag (urgent), then red, then a worsening trend, then stopped logging, then amber, then the
 * rest. The roster and the runner's page both show exactly this.
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
}

export interface RunnerSignals {
  /** Today in the runner's calendar. */
  today: IsoDate;
  rules: PainRules;
  /** The runner's sessions of the last week or more; older ones are ignored. */
  recentSessions: TriageSession[];
  painTrend: PainChange | null;
  completion: Completion | null;
  lastLogDate: IsoDate | null;
  load: LoadRatio;
  distance: DistanceChange;
  /** Open red flags, newest first. Any one of them makes the runner urgent, whatever the pain rules say. */
  redFlags: OpenRedFlag[];
}

export interface Chip {
  text: string;
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

const day = (date: IsoDate) => format(parseISO(date), "d MMM");
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const size = (r: Reason) => (r.code === "morning-rise" ? r.rise : r.pain);
const lightOrder: Record<Light, number> = { green: 0, amber: 1, red: 2 };
/** Compares [light, size, date] tuples, each a tie-break for the one before. */
const isStronger = (a: readonly [number, number, string], b: readonly [number, number, string]) =>
  a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];

function chipFor(r: Reason, date: IsoDate, kind: TriageSession["kind"]): Chip {
  const what = kind === "run" ? "run" : "exercises";
  switch (r.code) {
    case "pain-during":
      return { tone: r.light, text: `pain ${r.pain} during ${what} on ${day(date)}` };
    case "pain-after":
      return { tone: r.light, text: `pain ${r.pain} after ${what} on ${day(date)}` };
    case "neural-after":
      return { tone: r.light, text: `pain ${r.pain} after nerve glides on ${day(date)}, ${r.rise} above baseline` };
    case "morning-rise":
      return { tone: r.light, text: `morning pain up ${plural(r.rise, "point")} after ${day(date)}` };
    case "morning-pain":
      return { tone: r.light, text: `morning pain ${r.pain} after ${day(date)}` };
  }
}

export function triage(s: RunnerSignals): Triage {
  const d = RULE_DEFINITIONS;
  const chips: Chip[] = [];
  const lights: Light[] = [];
  // The strongest instance of each kind of reason: the worst light, then the highest pain or rise, then the latest.
  const strongest = new Map<string, { reason: Reason; date: IsoDate; kind: TriageSession["kind"] }>();
  let silentAfterPain: { session: TriageSession; light: Light } | null = null;
  const recentAfter = addDaysIso(s.today, -d.triageRecentDays);
  const morningsPassedUpTo = addDaysIso(s.today, -d.missingCheckinAfterDays);
  for (const session of s.recentSessions) {
    if (session.date <= recentAfter) continue;
    const verdict = sessionLight(session, s.rules);
    lights.push(verdict.light);
    for (const reason of verdict.reasons) {
      const held = strongest.get(reason.code);
      const order = (r: Reason, date: IsoDate) => [lightOrder[r.light], size(r), date] as const;
      if (!held || isStronger(order(reason, session.date), order(held.reason, held.date))) {
        strongest.set(reason.code, { reason, date: session.date, kind: session.kind });
      }
    }
    // Silence is not green: a painful session whose next morning has passed without a check-in is a flag.
    const morningPassed = session.date <= morningsPassedUpTo;
    if (verdict.provisional && verdict.light !== "green" && morningPassed && (!silentAfterPain || session.date > silentAfterPain.session.date)) {
      silentAfterPain = { session, light: verdict.light };
    }
  }
  for (const { reason, date, kind } of strongest.values()) chips.push(chipFor(reason, date, kind));
  if (silentAfterPain) {
    lights.push("amber");
    chips.push({ tone: "amber", text: `no morning check-in after pain ${peakPain(silentAfterPain.session)} on ${day(silentAfterPain.session.date)}` });
  }

  const worsening = s.painTrend?.trend === "worsening";
  if (worsening) chips.push({ tone: "amber", text: `pain after up ${Math.round(s.painTrend!.points * 10) / 10} points over ${d.trendWindowDays} days` });
  // The load ratio is context, not a verdict: only the high-risk line adds an amber flag, never red.
  if (s.load.kind === "ratio" && s.load.band === "high risk") {
    lights.push("amber");
    chips.push({ tone: "amber", text: `load ratio ${s.load.value.toFixed(2)}` });
  }
  if (isSteepRise(s.distance.change)) {
    lights.push("amber");
    chips.push({ tone: "amber", text: `distance up ${Math.round(s.distance.change! * 100)}% on the 7 days before` });
  }
  const silentDays = s.lastLogDate ? daysBetween(s.lastLogDate, s.today) : null;
  const stopped = Boolean(s.completion?.stopped) || silentDays == null || silentDays >= d.completionWindowDays;
  if (s.completion?.stopped) chips.push({ tone: "stopped", text: `${s.completion.done} of ${s.completion.prescribed} sessions in ${d.completionWindowDays} days` });
  if (silentDays == null) chips.push({ tone: "stopped", text: "nothing logged yet" });
  else if (silentDays >= d.silentDaysMention) chips.push({ tone: "stopped", text: `no log for ${silentDays} days` });

  const urgency = s.redFlags.reduce<Urgency | null>((u, f) => (u == null || URGENCY_ORDER[f.urgency] < URGENCY_ORDER[u] ? f.urgency : u), null);
  for (const flag of s.redFlags) {
    chips.push({ tone: "urgent", text: `red flag: ${flag.signs.map((code) => signOf(code).short).join(", ")}, reported ${flag.time} on ${day(flag.date)}` });
  }

  const light = worst(lights);
  const status: TriageStatus = urgency ? "urgent" : light === "red" ? "red" : stopped ? "stopped" : light === "amber" || worsening ? "amber" : "green";
  const rank = urgency ? 0 : status === "red" ? 1 : worsening ? 2 : status === "stopped" ? 3 : status === "amber" ? 4 : 5;
  // Red flags, then red chips, so the first words are the reason to look.
  const order = { urgent: 0, red: 1, amber: 2, stopped: 3, green: 4 };
  chips.sort((a, b) => order[a.tone] - order[b.tone]);
  return { status, urgency, worsening, chips, rank };
}
