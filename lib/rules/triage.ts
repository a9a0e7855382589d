import { format, parseISO } from "date-fns";
import { daysBetween, type IsoDate } from "@/lib/dates";
import type { Completion } from "./adherence";
import type { PainChange } from "./change";
import { isSteepRise, loadBand } from "./load";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds";
import { type Light, type Reason, type SessionPain, sessionLight, worst } from "./traffic-light";

/*
 * Who needs attention first. Each runner gets a status with its reasons as short chips, and a rank:
 * red, then a worsening trend, then stopped logging, then amber, then the rest.
 */
export type TriageStatus = "red" | "amber" | "green" | "stopped";

export interface RunnerSignals {
  today: IsoDate;
  recentSessions: (SessionPain & { date: IsoDate; kind: "exercise" | "run" })[];
  painTrend: PainChange | null;
  completion: Completion | null;
  lastLogDate: IsoDate | null;
  loadRatio: number | null;
  weeklyDistanceChange: number | null;
}

export interface Triage {
  status: TriageStatus;
  worsening: boolean;
  chips: { text: string; tone: Light | "stopped" }[];
  rank: number;
}

const day = (date: IsoDate) => format(parseISO(date), "d MMM");

export function triage(s: RunnerSignals, t: Thresholds = DEFAULT_THRESHOLDS): Triage {
  const chips: Triage["chips"] = [];
  const lights: Light[] = [];
  // The strongest instance of each kind of reason: highest pain or rise, the latest on a tie.
  const strongest = new Map<string, { reason: Reason; date: IsoDate; kind: "exercise" | "run" }>();
  for (const session of s.recentSessions) {
    if (daysBetween(session.date, s.today) >= t.triageRecentDays) continue;
    const verdict = sessionLight(session, t);
    lights.push(verdict.light);
    for (const reason of verdict.reasons) {
      const held = strongest.get(reason.code);
      const size = (r: Reason) => ("pain" in r ? r.pain : r.rise);
      if (!held || size(reason) > size(held.reason) || (size(reason) === size(held.reason) && session.date > held.date)) {
        strongest.set(reason.code, { reason, date: session.date, kind: session.kind });
      }
    }
  }
  for (const { reason: r, date, kind } of strongest.values()) {
    const what = kind === "run" ? "run" : "exercises";
    if (r.code === "pain-during") chips.push({ tone: r.light, text: `pain ${r.pain} during ${what} on ${day(date)}` });
    if (r.code === "provoked-neural") chips.push({ tone: r.light, text: `pain ${r.pain} after nerve glides on ${day(date)}` });
    if (r.code === "morning-rise-unsettled") chips.push({ tone: "red", text: `morning pain up ${r.rise} point${r.rise === 1 ? "" : "s"} after ${day(date)}` });
    if (r.code === "morning-rise-settled") chips.push({ tone: "amber", text: `pain after up ${r.rise} on ${day(date)}, settled by morning` });
  }
  const worsening = s.painTrend?.trend === "worsening";
  if (worsening) chips.push({ tone: "amber", text: `pain up ${Math.round(s.painTrend!.points * 10) / 10} points over 4 weeks` });
  // The load ratio is context, not a verdict (DOMAIN.md): only the high-risk line moves the status.
  if (s.loadRatio != null && loadBand(s.loadRatio, t) === "high risk") {
    lights.push("amber");
    chips.push({ tone: "amber", text: `load ratio ${s.loadRatio!.toFixed(1)}` });
  }
  if (isSteepRise(s.weeklyDistanceChange, t)) {
    lights.push("amber");
    chips.push({ tone: "amber", text: `distance up ${Math.round(s.weeklyDistanceChange! * 100)}% this week` });
  }
  const silentDays = s.lastLogDate ? daysBetween(s.lastLogDate, s.today) : null;
  const stopped = Boolean(s.completion?.stopped) || silentDays == null || silentDays >= t.completionWindowDays;
  if (s.completion?.stopped) chips.push({ tone: "stopped", text: `${s.completion.done} of ${s.completion.prescribed} sessions in ${t.completionWindowDays} days` });
  if (silentDays == null) chips.push({ tone: "stopped", text: "nothing logged yet" });
  else if (silentDays >= 7) chips.push({ tone: "stopped", text: `no log for ${silentDays} days` });

  const light = worst(lights);
  const status: TriageStatus = light === "red" ? "red" : stopped ? "stopped" : light === "amber" || worsening ? "amber" : "green";
  const rank = status === "red" ? 0 : worsening ? 1 : status === "stopped" ? 2 : status === "amber" ? 3 : 4;
  // Red chips first, so the roster's first words are the reason to look.
  const order = { red: 0, amber: 1, stopped: 2, green: 3 };
  chips.sort((a, b) => order[a.tone] - order[b.tone]);
  return { status, worsening, chips, rank };
}
