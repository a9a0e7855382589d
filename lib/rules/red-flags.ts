import type { Presentation } from "@/db/schema";
import { HISTORY_FLAG_CODES, RESOLUTION_CODES, SIGN_CODES, URGENCIES } from "@/db/schema/red-flag-codes";

export { HISTORY_FLAG_CODES, RESOLUTION_CODES, SIGN_CODES, URGENCIES };

/*
 * Red flags: signs that a runner's symptoms are not a rehab problem. Pain rules judge load; these say
 * "a clinician, or an emergency department, now". The questions are data: each group has its signs (asked
 * as plain yes/no questions), the presentations it applies to on the morning screen, and what the runner
 * must do. The words (each question, the advice for each urgency) are in the message files, under
 * "redFlags", in every language StrideBack speaks (lib/i18n/red-flag-words). docs/red-flags.md gives the
 * sources and the choices made where the clinic's rules are silent.
 */

export type Urgency = (typeof URGENCIES)[number];

export type RedFlagGroup = "cauda-equina" | "nerve-loss" | "serious-pathology" | "avulsion";

export type SignCode = (typeof SIGN_CODES)[number];

export interface RedFlagSign {
  code: SignCode;
}

export interface RedFlagGroupDefinition {
  group: RedFlagGroup;
  urgency: Urgency;
  /** Presentations whose morning check-in asks this group. Intake and "something new" ask every group. */
  presentations: readonly Presentation[];
  /** Only during the first days of care (an avulsion shows early after the injury); null: always. */
  firstDays: number | null;
  signs: readonly RedFlagSign[];
}

/** The first six weeks of a strain: the window in which a missed avulsion still does well with early repair. */
export const AVULSION_SCREEN_DAYS = 42;

const BACK_RELATED: readonly Presentation[] = ["referred_lumbar", "neural_tension"];

export const RED_FLAG_GROUPS: readonly RedFlagGroupDefinition[] = [
  {
    group: "cauda-equina",
    urgency: "emergency",
    presentations: BACK_RELATED,
    firstDays: null,
    signs: [
      { code: "saddle-numbness" },
      { code: "bladder-bowel" },
      { code: "sexual-function" },
      { code: "both-legs" },
    ],
  },
  {
    group: "nerve-loss",
    urgency: "today",
    presentations: BACK_RELATED,
    firstDays: null,
    signs: [
      { code: "worsening-weakness" },
      { code: "foot-drop" },
      { code: "spreading-numbness" },
    ],
  },
  {
    group: "serious-pathology",
    urgency: "within-24h",
    presentations: BACK_RELATED,
    firstDays: null,
    signs: [
      { code: "fever-back-pain" },
      { code: "weight-loss" },
      { code: "night-pain" },
    ],
  },
  {
    group: "avulsion",
    urgency: "this-week",
    presentations: ["hamstring_strain"],
    firstDays: AVULSION_SCREEN_DAYS,
    signs: [
      { code: "pop-bruising" },
      { code: "palpable-gap" },
      { code: "cannot-walk" },
    ],
  },
];

const bySign = new Map<string, { group: RedFlagGroupDefinition; sign: RedFlagSign }>(RED_FLAG_GROUPS.flatMap((g) => g.signs.map((s) => [s.code, { group: g, sign: s }] as const)));
export const isSignCode = (code: string) => bySign.has(code);

export function signOf(code: string): RedFlagSign & { group: RedFlagGroupDefinition } {
  const found = bySign.get(code);
  if (!found) throw new Error(`Unknown red-flag sign ${code}`);
  return { ...found.sign, group: found.group };
}

/** The most urgent group among the signs answered yes; null when there are none. */
export function urgencyOf(signs: readonly string[]): Urgency | null {
  const levels = signs.map((s) => URGENCIES.indexOf(signOf(s).group.urgency));
  return levels.length ? URGENCIES[Math.min(...levels)]! : null;
}

export const URGENCY_ORDER: Record<Urgency, number> = Object.fromEntries(URGENCIES.map((u, i) => [u, i])) as Record<Urgency, number>;

/**
 * History that raises suspicion of serious pathology, recorded at intake and shown on the runner's page, by
 * code; its words are the messages labels.history.<code>. For the back-related presentations the
 * serious-pathology questions are already on every morning screen.
 */
export type HistoryFlag = (typeof HISTORY_FLAG_CODES)[number];
export const isHistoryFlag = (code: string): code is HistoryFlag => (HISTORY_FLAG_CODES as readonly string[]).includes(code);

/** Hamstring presentations: every run and session log asks about a sudden sharp pain or a pop (re-injury). */
export const REINJURY_PRESENTATIONS: readonly Presentation[] = ["hamstring_strain", "cramp", "tight_hamstrings"];

/**
 * After a log: ask the tear questions at once, whatever the day of care, on a yes to a sudden pain or a pop,
 * or for a hamstring presentation on pain during at or above the runner's limit (default 7).
 */
export function asksTearQuestions(presentation: Presentation, answers: { suddenPain?: boolean | null; painDuring: number }, reinjuryPainDuring: number): boolean {
  if (answers.suddenPain) return true;
  return REINJURY_PRESENTATIONS.includes(presentation) && answers.painDuring >= reinjuryPainDuring;
}

export const TEAR_GROUP = "avulsion" satisfies RedFlagGroup;

/** Urgencies whose flag is closed only with a written note of what was done. */
export const NOTE_REQUIRED: readonly Urgency[] = ["emergency", "today"];

/** What a clinician can record to close a flag (RESOLUTION_CODES; worded in redFlags.resolutions). Only these clear it. */
export type Resolution = (typeof RESOLUTION_CODES)[number];
