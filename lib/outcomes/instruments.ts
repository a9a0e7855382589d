import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Instrument, InstrumentId } from "./instrument";

/*
 * The outcome measures StrideBack ships, each free to use in clinical practice. Higher is better on all
 * three. Their words live in the message files (instruments.*): the English is the published wording of LEFS
 * and the published anchors of PSFS and GROC; other languages are translations (docs/translating.md).
 */

type Words = (typeof MESSAGES)["en"]["instruments"];

const lefs = (w: Words["lefs"]): Instrument => ({
  id: "lefs",
  name: w.name,
  short: "LEFS",
  stem: w.stem,
  brief: w.brief,
  items: Object.values(w.items),
  scale: { min: 0, max: 4, choices: ([0, 1, 2, 3, 4] as const).map((value) => ({ value, label: w.choices[value] })) },
  scoring: "sum",
  decimals: 0,
  measures: "status",
  realChange: { points: 9, kind: "MDC", source: "Binkley et al. 1999: minimal detectable change of 9 points at 90% confidence" },
  source: "Binkley JM, Stratford PW, Lott SA, Riddle DL. Phys Ther 1999;79(4):371-383. Free to use.",
});

const psfs = (w: Words["psfs"]): Instrument => ({
  id: "psfs",
  name: w.name,
  short: "PSFS",
  stem: w.stem,
  brief: w.brief,
  items: [],
  ownItems: { min: 1, max: 3, prompt: w.prompt },
  scale: { min: 0, max: 10, choices: ([0, 10] as const).map((value) => ({ value, label: w.choices[value] })) },
  scoring: "mean",
  decimals: 1,
  measures: "status",
  realChange: { points: 2, kind: "MCID", source: "Stratford et al. 1995; about 2 points for the mean score is the usually quoted minimal clinically important difference" },
  source: "Stratford P, Gill C, Westaway M, Binkley J. Physiother Can 1995;47:258-263. Free to use.",
});

const GROC_VALUES = [-7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7] as const;

const groc = (w: Words["groc"]): Instrument => ({
  id: "groc",
  name: w.name,
  short: "GROC",
  stem: w.stem,
  brief: w.brief,
  items: Object.values(w.items),
  scale: { min: -7, max: 7, choices: GROC_VALUES.map((value) => ({ value, label: w.choices[String(value) as keyof Words["groc"]["choices"]] })) },
  scoring: "single",
  decimals: 0,
  measures: "change",
  realChange: { points: 3, kind: "MCID", source: "Jaeschke et al. 1989; Kamper et al. 2009: ratings of 3 (\"somewhat\") or beyond are commonly taken as an important change" },
  source: "Jaeschke R, Singer J, Guyatt GH. Control Clin Trials 1989;10(4):407-415; Kamper SJ et al. J Man Manip Ther 2009;17(3):163-170. Free to use.",
});

const inLanguage = (locale: Locale): Record<InstrumentId, Instrument> => {
  const words = MESSAGES[locale].instruments;
  return { lefs: lefs(words.lefs), psfs: psfs(words.psfs), groc: groc(words.groc) };
};
const built = new Map<Locale, Record<InstrumentId, Instrument>>();

/** The measures in a reader's language: the same scoring, the items and answers worded for them. */
export function instrumentsIn(locale: Locale): Record<InstrumentId, Instrument> {
  if (!built.has(locale)) built.set(locale, inLanguage(locale));
  return built.get(locale)!;
}

/** In English: the engine's, FHIR's and the clinic's reference wording. */
export const LEFS = instrumentsIn("en").lefs;
export const PSFS = instrumentsIn("en").psfs;
export const GROC = instrumentsIn("en").groc;

export const INSTRUMENTS: Record<InstrumentId, Instrument> = { lefs: LEFS, psfs: PSFS, groc: GROC };
export const INSTRUMENT_IDS = Object.keys(INSTRUMENTS) as InstrumentId[];

/** Where a runner fills a measure: the LEFS keeps its own page of 20 questions. */
export const fillPath = (id: InstrumentId) => (id === "lefs" ? "/lefs" : `/measures/${id}`);
