import { said } from "@/lib/i18n/said";
/*
 * An outcome measure is data: its items, the scale each is answered on, how the answers make a score, the
 * score's range, and the smallest change StrideBack calls real (a minimal detectable or minimal clinically
 * important change, with where that number comes from). lib/outcomes/instruments.ts holds the three
 * StrideBack ships; the forms, the charts, the verdicts and the FHIR Questionnaires are all read from them.
 */
export type InstrumentId = "lefs" | "psfs" | "groc";

export interface Choice {
  value: number;
  label: string;
}

export interface Instrument {
  id: InstrumentId;
  name: string;
  /** The name a chart or a sentence uses: "LEFS". */
  short: string;
  /** The question asked above the items. */
  stem: string;
  /** What filling it involves, in one line for the runner's lists: "The LEFS: 20 everyday activities, about three minutes.". */
  brief: string;
  /** The items every runner answers; empty where the runner names their own (PSFS's activities). */
  items: readonly string[];
  /** Items the runner names themself: how many, and what they are asked. */
  ownItems?: { min: number; max: number; prompt: string };
  /** Every answer is a whole number in [min, max]; `choices` label the values a form shows in words. */
  scale: { min: number; max: number; choices: readonly Choice[] };
  /** sum: the answers added up; mean: their average; single: one answer is the score. */
  scoring: "sum" | "mean" | "single";
  /** Decimals a score is kept and shown to. */
  decimals: number;
  /** "status" is compared between two fills; "change" is itself a rating of change since the start (GROC). */
  measures: "status" | "change";
  /** The smallest change (or, for a rating of change, the smallest rating) that StrideBack calls real. */
  realChange: { points: number; kind: "MDC" | "MCID"; source: string };
  /** Who published it, and that it is free to use. */
  source: string;
}

/** How many answers a fill holds: the fixed items, or as many as the runner named. */
export const answerCount = (instrument: Instrument, named = 0) => (instrument.items.length > 0 ? instrument.items.length : named);

/** The score's range, from the scale and the scoring. */
export function scoreRange(instrument: Instrument): { min: number; max: number } {
  const { min, max } = instrument.scale;
  return instrument.scoring === "sum" ? { min: min * instrument.items.length, max: max * instrument.items.length } : { min, max };
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** What is wrong with a fill, in a sentence for the person filling it; null when it can be scored. */
export function answersProblem(instrument: Instrument, answers: readonly number[], named: readonly string[] = []): string | null {
  if (instrument.ownItems) {
    const { min, max } = instrument.ownItems;
    if (named.length < min || named.length > max) return said("nameBetween", { min, max });
    if (named.some((n) => n.trim().length === 0 || n.length > 120)) return said("nameEachActivity");
  }
  if (answers.length !== answerCount(instrument, named.length)) return said("answerEvery", { count: answerCount(instrument, named.length) });
  const { min, max } = instrument.scale;
  if (answers.some((a) => !Number.isInteger(a) || a < min || a > max)) return said("eachAnswer", { min, max });
  return null;
}

/** The score of a complete fill (see answersProblem), to the instrument's decimals. */
export function score(instrument: Instrument, answers: readonly number[]): number {
  const sum = answers.reduce((total, a) => total + a, 0);
  switch (instrument.scoring) {
    case "sum":
      return sum;
    case "mean":
      return round(sum / answers.length, instrument.decimals);
    case "single":
      return answers[0]!;
  }
}

export interface Verdict {
  /** The change in points (for a rating of change, the rating itself). */
  points: number;
  /** Past the instrument's threshold: a change StrideBack calls real. */
  real: boolean;
  direction: "better" | "worse" | "same";
}

/**
 * Whether a change is real. A status measure compares the first score with a later one; a rating of change
 * is read alone (`from` is ignored). At the threshold exactly, the change is real.
 */
export function verdict(instrument: Instrument, from: number | null, to: number): Verdict | null {
  const points = instrument.measures === "change" ? to : from == null ? null : round(to - from, instrument.decimals);
  if (points == null) return null;
  return { points, real: Math.abs(points) >= instrument.realChange.points, direction: points > 0 ? "better" : points < 0 ? "worse" : "same" };
}
