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

