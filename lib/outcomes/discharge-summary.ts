import { type Resolution, RESOLUTIONS } from "@/lib/rules/red-flags";
import type { IsoDate } from "@/lib/dates";
import type { EpisodePain } from "./episode-figures";
import type { InstrumentId } from "./instrument";

/** What a discharge summary holds, frozen at discharge (lib/data/episodes.ts composes it; summary-lines.ts says it). */
export interface DischargeSummary {
  runner: { name: string; presentation: string; affectedSide: string; goal: string };
  startedOn: IsoDate;
  dischargedOn: IsoDate;
  dischargedBy: string;
  closingNote: string;
  plans: { title: string; startDate: IsoDate; phases: { label: string; from: IsoDate; because: string }[] }[];
  template: string | null;
  pain: EpisodePain;
  daysToPainFree: number | null;
  measures: { id: InstrumentId; short: string; name: string; first: { date: IsoDate; score: number } | null; last: { date: IsoDate; score: number } | null; points: number | null; real: boolean; threshold: string }[];
  running: { startedOn: IsoDate; steps: { step: number; label: string; from: IsoDate; because: string }[] } | null;
  redFlags: { reported: string; signs: string; resolution: string }[];
  adherence: { done: number; prescribed: number };
}

/**
 * A red flag's line in the summary: "Referred to a doctor or specialist (spinal surgeon, seen on Friday), by
 * Maya Patel", or "Still open at discharge". Composed here only, so withoutNote below can take the note out.
 */
export function resolutionLine(f: { resolution: Resolution | null; note: string | null; by: string | null }): string {
  return f.resolution ? `${RESOLUTIONS[f.resolution]}${f.note ? ` (${f.note})` : ""}, by ${f.by}` : "Still open at discharge";
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
    redFlags: s.redFlags.map((f) => ({ ...f, resolution: withoutNote(f.resolution) })),
  };
}

/** The inverse of resolutionLine's note: "Seen in clinic (…), by Maya Patel" becomes "Seen in clinic, by Maya Patel". */
function withoutNote(resolution: string): string {
  const label = Object.values(RESOLUTIONS).find((l) => resolution.startsWith(`${l} (`));
  if (!label) return resolution;
  const by = resolution.lastIndexOf(", by ");
  return by > label.length ? `${label}${resolution.slice(by)}` : label;
}
