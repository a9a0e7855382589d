import { RESOLUTION_CODES, type Resolution } from "@/lib/rules/red-flags";
import type { IsoDate } from "@/lib/dates";
import { resolutionInWords, signsInWords } from "@/lib/i18n/red-flag-words";
import { formatReported } from "@/lib/red-flag-time";
import { wordsFor } from "@/lib/i18n/words";
import type { LadderStep } from "@/lib/rules/ladder";
import type { EpisodePain } from "./episode-figures";
import type { InstrumentId } from "./instrument";

/** What a discharge summary holds, frozen at discharge (lib/data/episodes.ts composes it; summary-lines.ts says it). */
export interface DischargeSummary {
  runner: { name: string; presentation: string; affectedSide: string; goal: string };
  startedOn: IsoDate;
  dischargedOn: IsoDate;
  dischargedBy: string;
  closingNote: string;
  /** A phase's label is the clinician's name for it, or empty (then worded "Version {version}"; older summaries hold the English). */
  plans: { title: string; startDate: IsoDate; phases: { label: string; version?: number; from: IsoDate; because: string }[] }[];
  template: string | null;
  pain: EpisodePain;
  daysToPainFree: number | null;
  measures: { id: InstrumentId; short: string; name: string; first: { date: IsoDate; score: number } | null; last: { date: IsoDate; score: number } | null; points: number | null; real: boolean; threshold: string }[];
  /** A step's rung is worded for each reader; its label is the English of the day, read where a summary predates the rung. */
  running: { startedOn: IsoDate; steps: { step: number; label: string; rung?: LadderStep; from: IsoDate; because: string }[] } | null;
  /** The English sentences of the day, and (since summaries were worded per reader) the flag itself to word again. */
  redFlags: { reported: string; signs: string; resolution: string; flag?: FrozenFlag }[];
  adherence: { done: number; prescribed: number };
}

/** A red flag as the summary keeps it: its moment, its signs and how it was closed. */
export interface FrozenFlag {
  reportedAt: string;
  timeZone: string;
  signs: string[];
  resolution: Resolution | null;
  note: string | null;
  by: string | null;
}

/**
 * A red flag's line as the summary keeps it, in English: "Referred to a doctor or specialist (spinal surgeon, seen on Friday), by
 * Maya Patel", or "Still open at discharge". Composed here only, so withoutNote below can take the note out.
 */
export function resolutionLine(f: { resolution: Resolution | null; note: string | null; by: string | null }): string {
  return resolutionInWords("en", f) ?? wordsFor("en", "dischargeSummary")("stillOpen");
}

/** A red flag as a discharge keeps it: whole, to be worded for each reader, and in the English sentences of the day. */
export function keptFlag(flag: FrozenFlag): DischargeSummary["redFlags"][number] {
  return { reported: formatReported(new Date(flag.reportedAt), flag.timeZone), signs: signsInWords("en", flag.signs), resolution: resolutionLine(flag), flag };
}

/**
 * The summary once the runner's retention period has passed (lib/data/retention.ts): their name, goal and
 * every sentence a person wrote go (the closing note, a phase's or step's reason, a red flag's resolution
 * note, kept as its resolution alone); the dates, measures and numbers the clinic's figures rest on stay.
 */
export function deidentifiedSummary(s: DischargeSummary, words: { name: string; removed: string }): DischargeSummary {
  const said = (text: string) => (text ? words.removed : text);
  return {
    ...s,
    runner: { ...s.runner, name: words.name, goal: "" },
    closingNote: said(s.closingNote),
    plans: s.plans.map((p) => ({ ...p, phases: p.phases.map((ph) => ({ ...ph, because: said(ph.because) })) })),
    running: s.running && { ...s.running, steps: s.running.steps.map((st) => ({ ...st, because: said(st.because) })) },
    redFlags: s.redFlags.map((f) => ({ ...f, resolution: withoutNote(f.resolution), flag: f.flag && { ...f.flag, note: null } })),
  };
}

/** The inverse of resolutionLine's note: "Seen in clinic (…), by Maya Patel" becomes "Seen in clinic, by Maya Patel". */
function withoutNote(resolution: string): string {
  const t = wordsFor("en", "redFlags");
  const label = RESOLUTION_CODES.map((code) => t(`resolutions.${code}`)).find((l) => resolution.startsWith(`${l} (`));
  if (!label) return resolution;
  const by = resolution.lastIndexOf(", by ");
  return by > label.length ? `${label}${resolution.slice(by)}` : label;
}
