import { addDaysIso, daysBetween, type IsoDate } from "@/lib/dates";
import { type VersionLike, versionInForce } from "./plan-version";
import type { PainRules } from "./thresholds";
import { type Light, type SessionPain, sessionLight } from "./traffic-light";
import { type Phrase, type PhraseValue, phrase } from "./phrase";
import { chip, type Triage } from "./triage";

/*
 * Progression is earned by the pain response, not by the calendar (docs/progression.md). A plan's next
 * phase may begin when all of these hold:
 *   - the current phase's minimum length has passed;
 *   - the last N sessions since the phase began (runs and exercise sessions alike: all load counts) are
 *     green with their next mornings in (final, not provisional);
 *   - no red session and no open red flag in the last D days (today and the D days before: a red exactly D
 *     days ago still holds, the cautious reading of "in the last 7 days");
 *   - the runner has not stopped doing the plan.
 * Amber holds ("repeat this load"), red holds, and M red sessions within the phase in D' days propose the
 * previous phase. A clinician's "Hold" stands until a session is logged after it.
 */

export interface PhaseSession extends SessionPain {
  date: IsoDate;
  kind: "exercise" | "run";
}

export interface PhaseSignals {
  /** Today in the runner's calendar. */
  today: IsoDate;
  rules: PainRules;
  /** The day the phase in force began. */
  phaseBegan: IsoDate;
  /** The phase's minimum length in days; null: no minimum. */
  minDays: number | null;
  /** Sessions logged since the phase began and the runner's sessions of the last clear days, newest first. */
  sessions: PhaseSession[];
  openRedFlag: boolean;
  /** The runner has stopped doing the plan (adherence), or stopped logging. */
  stopped: boolean;
  /** The day a clinician last held this phase, if no session has been logged after it. */
  heldOn: IsoDate | null;
  hasNextPhase: boolean;
  hasPreviousPhase: boolean;
}

export interface Evidence {
  date: IsoDate;
  kind: PhaseSession["kind"];
  light: Light;
  /** The next morning's pain; null while it is not in (the light is provisional). */
  nextMorning: number | null;
}

/** `starting`: the next phase has begun and takes effect on a later day (approved, starting tomorrow). */
export type Verdict = "ready" | "waiting" | "holding" | "held" | "step-back" | "last-phase" | "starting";

export interface Progression {
  verdict: Verdict;
  /**
   * What the next phase still waits for, as the runner reads it (messages "progression"); empty when ready,
   * and on a step back, which each side words whole from `reds` (the clinic's proposal, the runner's notice).
   */
  needs: Phrase[];
  /** The last sessions judged, newest first: the evidence a clinician reads. */
  evidence: Evidence[];
  /** The earliest day the minimum length allows the next phase. */
  earliest: IsoDate | null;
  /** Red sessions within the phase in the step-back window, newest first. */
  reds: IsoDate[];
}

const say = (key: string, values?: Phrase["values"]) => phrase(`progression.${key}`, values);

export function judgeProgression(s: PhaseSignals): Progression {
  const { rules } = s;
  const inPhase = s.sessions.filter((x) => x.date >= s.phaseBegan);
  const judged = inPhase.map((x) => ({ session: x, verdict: sessionLight(x, rules) }));
  const lastN = judged.slice(0, rules.progressGreenSessions);
  const evidence: Evidence[] = lastN.map(({ session, verdict }) => ({ date: session.date, kind: session.kind, light: verdict.light, nextMorning: session.nextMorning }));
  const earliest = s.minDays == null ? null : addDaysIso(s.phaseBegan, s.minDays);
  const stepBackFrom = addDaysIso(s.today, -rules.stepBackDays);
  const reds = judged.filter((j) => j.verdict.light === "red" && j.session.date >= stepBackFrom).map((j) => j.session.date);
  const base = { evidence, earliest, reds };

  if (s.hasPreviousPhase && reds.length >= rules.stepBackReds) {
    return { ...base, verdict: "step-back", needs: [] };
  }
  if (!s.hasNextPhase) return { ...base, verdict: "last-phase", needs: [] };

  const holds: Phrase[] = [];
  const needs: Phrase[] = [];
  const clearFrom = addDaysIso(s.today, -rules.progressClearDays);
  const lastRed = s.sessions.find((x) => x.date >= clearFrom && sessionLight(x, rules).light === "red");
  if (s.openRedFlag) holds.push(say("openRedFlag"));
  if (lastRed) holds.push(say("clearOfRed", { days: rules.progressClearDays, date: { day: lastRed.date } }));
  const amber = lastN.find((j) => j.verdict.light === "amber");
  if (amber) holds.push(say("repeatAmber", { date: { day: amber.session.date } }));
  if (s.stopped) holds.push(say("asPrescribed"));

  if (earliest && s.today < earliest) needs.push(say("minimumLength", { days: daysBetween(s.today, earliest), date: { day: earliest } }));
  // Greens count from the newest back to the first that is not: after an amber, N new greens are needed.
  const firstNotGreen = lastN.findIndex((j) => j.verdict.light !== "green");
  const greens = lastN.slice(0, firstNotGreen === -1 ? lastN.length : firstNotGreen);
  const missing = rules.progressGreenSessions - greens.length;
  const unsettled = greens.filter((j) => j.verdict.provisional);
  if (missing > 0) needs.push(say("moreGreens", { count: missing }));
  if (unsettled.length) needs.push(say("checkinAfter", { dates: { days: unsettled.map((j) => j.session.date).reverse() } }));
  if (holds.length) return { ...base, verdict: "holding", needs: [...holds, ...needs] };
  if (needs.length) return { ...base, verdict: "waiting", needs };
  // A clinician's hold stands until the runner logs a session after it.
  if (s.heldOn && !inPhase.some((x) => x.date > s.heldOn!)) return { ...base, verdict: "held", needs: [say("held")] };
  return { ...base, verdict: "ready", needs: [] };
}

/** "3 green sessions with settled mornings since 12 Nov": the evidence in one line. */
export function evidencePhrase(p: Progression): Phrase {
  const oldest = p.evidence.at(-1);
  return oldest ? say("evidenceSince", { count: p.evidence.length, date: { day: oldest.date } }) : say("evidence", { count: p.evidence.length });
}

export interface PhaseVersion extends VersionLike {
  id: string;
  phase: number;
  phaseLabel: string;
  minDays: number | null;
}

export interface PhaseNow<T extends PhaseVersion> {
  /** The version in force today. */
  current: T;
  /** The day the phase in force began (edits within a phase do not restart it). */
  began: IsoDate;
  /** A phase already begun that takes effect after today (approved, starting tomorrow). */
  upcoming: T | null;
  /** The next phase waiting for its criteria. */
  next: T | null;
  /** The latest version of the phase before this one, to step back to. */
  previous: T | null;
}

/** A phase's name: the clinician's label, or "Phase 2" worded for each reader (a phrase, so a kept chip reads in any language). */
export const phaseName = (v: Pick<PhaseVersion, "phase" | "phaseLabel">): PhraseValue => v.phaseLabel || phrase("phase.numbered", { n: v.phase });

/** Where a plan stands among its phases today; null before the plan starts. */
export function phaseNow<T extends PhaseVersion>(versions: T[], today: IsoDate): PhaseNow<T> | null {
  const current = versionInForce(versions, today);
  if (!current) return null;
  const begun = versions.filter((v) => !v.superseded && !v.waiting);
  const past = begun.filter((v) => v.effectiveFrom <= today).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version);
  let began = current.effectiveFrom;
  for (const v of past) {
    if (v.phase !== current.phase) break;
    began = v.effectiveFrom;
  }
  const upcoming = begun.filter((v) => v.effectiveFrom > today).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0] ?? null;
  const next = versions.filter((v) => !v.superseded && v.waiting && v.phase > current.phase).sort((a, b) => a.phase - b.phase || a.version - b.version)[0] ?? null;
  const previous = past.find((v) => v.phase === current.phase - 1) ?? null;
  return { current, began, upcoming, next, previous };
}

/** What the roster and both sides' pages keep of a plan's phases: stored with the roster's summary. */
export interface PhaseProgress {
  planId: string;
  selfProgressing: boolean;
  phase: { versionId: string; number: number; name: PhraseValue; began: IsoDate; minDays: number | null };
  upcoming: { versionId: string; name: PhraseValue; from: IsoDate } | null;
  next: { versionId: string; name: PhraseValue; earliest: IsoDate } | null;
  previous: { versionId: string; name: PhraseValue } | null;
  judgement: Progression;
}

/** The plan's phases today, judged; null before the plan starts. */
export function planProgress(
  planId: string,
  selfProgressing: boolean,
  versions: PhaseVersion[],
  s: Omit<PhaseSignals, "phaseBegan" | "minDays" | "hasNextPhase" | "hasPreviousPhase">,
): PhaseProgress | null {
  const at = phaseNow(versions, s.today);
  if (!at) return null;
  const judgement: Progression = at.upcoming
    ? { verdict: "starting", needs: [], evidence: [], earliest: at.upcoming.effectiveFrom, reds: [] }
    : judgeProgression({ ...s, phaseBegan: at.began, minDays: at.current.minDays, hasNextPhase: at.next != null, hasPreviousPhase: at.previous != null });
  return {
    planId,
    selfProgressing,
    phase: { versionId: at.current.id, number: at.current.phase, name: phaseName(at.current), began: at.began, minDays: at.current.minDays },
    upcoming: at.upcoming ? { versionId: at.upcoming.id, name: phaseName(at.upcoming), from: at.upcoming.effectiveFrom } : null,
    next: at.next ? { versionId: at.next.id, name: phaseName(at.next), earliest: at.next.effectiveFrom } : null,
    previous: at.previous ? { versionId: at.previous.id, name: phaseName(at.previous) } : null,
    judgement,
  };
}

export const READY_RANK = 5;

/**
 * The roster's word on progression: "ready to progress" on a green runner ranks after amber and before
 * plain green; a proposed step back is a red chip. Any other status keeps its rank: a runner who is amber
 * for another reason is not put forward.
 */
export function withProgress(t: Triage, p: PhaseProgress | null): Triage {
  if (!p) return t;
  const v = p.judgement.verdict;
  if (v === "ready" && t.status === "green" && p.next) {
    return { ...t, rank: READY_RANK, chips: [chip("green", "ready", { phase: p.next.name, evidence: evidencePhrase(p.judgement) }), ...t.chips] };
  }
  if (v === "step-back" && p.previous) {
    const stepBack = chip("red", "step-back", { reds: p.judgement.reds.length, phase: p.phase.name, previous: p.previous.name });
    const at = t.chips.findIndex((c) => c.tone !== "urgent");
    return { ...t, chips: [...t.chips.slice(0, at === -1 ? t.chips.length : at), stepBack, ...t.chips.slice(at === -1 ? t.chips.length : at)] };
  }
  return t;
}
