import type { Presentation } from "@/db/schema";
import { HISTORY_FLAG_CODES, RESOLUTION_CODES, SIGN_CODES, URGENCIES } from "@/db/schema/red-flag-codes";

export { HISTORY_FLAG_CODES, RESOLUTION_CODES, SIGN_CODES, URGENCIES };

/*
 * Red flags: signs that a runner's symptoms are not a rehab problem. Pain rules judge load; these say
 * "a clinician, or an emergency department, now". The questions are data: each group has its signs (asked
 * as plain yes/no questions), the presentations it applies to on the morning screen, and what the runner
 * must do. docs/red-flags.md gives the sources and the choices made where the clinic's rules are silent.
 */

export type Urgency = (typeof URGENCIES)[number];

export type RedFlagGroup = "cauda-equina" | "nerve-loss" | "serious-pathology" | "avulsion";

export interface RedFlagSign {
  code: string;
  /** The yes/no question, in the runner's words. */
  question: string;
  /** A few words for the clinician's roster chip. */
  short: string;
}

export interface RedFlagGroupDefinition {
  group: RedFlagGroup;
  title: string;
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
    title: "Nerves at the base of the spine (cauda equina)",
    urgency: "emergency",
    presentations: BACK_RELATED,
    firstDays: null,
    signs: [
      { code: "saddle-numbness", short: "saddle numbness", question: "New numbness or tingling around your groin, buttocks or inner thighs (where you would sit on a saddle)" },
      { code: "bladder-bowel", short: "bladder or bowel change", question: "New trouble passing or holding urine, or controlling your bowels" },
      { code: "sexual-function", short: "new sexual dysfunction", question: "New problems with sexual function or feeling" },
      { code: "both-legs", short: "pain or numbness in both legs", question: "Pain or numbness now in both legs" },
    ],
  },
  {
    group: "nerve-loss",
    title: "A nerve losing function",
    urgency: "today",
    presentations: BACK_RELATED,
    firstDays: null,
    signs: [
      { code: "worsening-weakness", short: "leg weakness getting worse", question: "A leg that is getting weaker" },
      { code: "foot-drop", short: "foot slapping or dropping", question: "Your foot slaps down or catches on the ground when you walk" },
      { code: "spreading-numbness", short: "numbness spreading", question: "Numbness or tingling that is spreading" },
    ],
  },
  {
    group: "serious-pathology",
    title: "Something other than a running injury",
    urgency: "within-24h",
    presentations: BACK_RELATED,
    firstDays: null,
    signs: [
      { code: "fever-back-pain", short: "fever with back pain", question: "A fever, or feeling hot and shivery, along with back pain" },
      { code: "weight-loss", short: "unexplained weight loss", question: "Losing weight without trying" },
      { code: "night-pain", short: "constant night pain", question: "Constant pain at night that rest or changing position does not ease" },
    ],
  },
  {
    group: "avulsion",
    title: "A torn hamstring (avulsion)",
    urgency: "this-week",
    presentations: ["hamstring_strain"],
    firstDays: AVULSION_SCREEN_DAYS,
    signs: [
      { code: "pop-bruising", short: "pop with large bruising", question: "A \u201cpop\u201d high at the back of the thigh, then large bruising" },
      { code: "palpable-gap", short: "a gap in the muscle", question: "A gap or dent you can feel in the muscle at the back of the thigh" },
      { code: "cannot-walk", short: "cannot walk normally", question: "You cannot walk normally" },
    ],
  },
];

const bySign = new Map(RED_FLAG_GROUPS.flatMap((g) => g.signs.map((s) => [s.code, { group: g, sign: s }] as const)));
export const isSignCode = (code: string) => bySign.has(code);

export function signOf(code: string): RedFlagSign & { group: RedFlagGroupDefinition } {
  const found = bySign.get(code);
  if (!found) throw new Error(`Unknown red-flag sign ${code}`);
  return { ...found.sign, group: found.group };
}

/** A blank screen is not a "no": the form says so, online or off. */
export const NO_ANSWER = "Tick anything that is new, or \u201cNone of these\u201d.";
export const BOTH_ANSWERS = "You ticked \u201cNone of these\u201d and a sign: untick one of them.";

/** The most urgent group among the signs answered yes; null when there are none. */
export function urgencyOf(signs: readonly string[]): Urgency | null {
  const levels = signs.map((s) => URGENCIES.indexOf(signOf(s).group.urgency));
  return levels.length ? URGENCIES[Math.min(...levels)]! : null;
}

export const URGENCY_ORDER: Record<Urgency, number> = Object.fromEntries(URGENCIES.map((u, i) => [u, i])) as Record<Urgency, number>;

/** What the runner reads on a yes, in plain words: what to do now, and why. */
export const ADVICE: Record<Urgency, { headline: string; why: string; meanwhile: string }> = {
  emergency: {
    headline: "Go to an emergency department now",
    why: "These signs can mean the nerves at the base of your spine are being squeezed (cauda equina syndrome). That needs hospital care within hours, not an exercise plan.",
    meanwhile: "Do not wait for a call back. If you cannot get there safely, call your local emergency number (999 in the UK, 112 in Europe, 911 in North America).",
  },
  today: {
    headline: "Call the clinic today",
    why: "Weakness or numbness that is getting worse can mean a nerve is losing function. Your physio needs to assess you today.",
    meanwhile: "Stop your exercises and runs until you have spoken to them. If the clinic is closed, see an urgent-care doctor today.",
  },
  "within-24h": {
    headline: "Contact the clinic within 24 hours",
    why: "These signs need a clinician to rule out causes other than a running injury.",
    meanwhile: "If you feel very unwell, or it gets worse, see a doctor today.",
  },
  "this-week": {
    headline: "Book a review with your physio this week",
    why: "These signs can mean the hamstring has torn from the bone. An early repair does better than a late one, so it needs checking within days.",
    meanwhile: "No running or hamstring exercises until you have been seen. Walk only as far as is comfortable.",
  },
};

/**
 * History that raises suspicion of serious pathology, recorded at intake: shown on the runner's page. For the
 * back-related presentations the serious-pathology questions are already on every morning screen.
 */
export const HISTORY_FLAGS: Record<(typeof HISTORY_FLAG_CODES)[number], string> = {
  "previous-cancer": "Previous cancer",
  "recent-trauma": "Recent significant trauma (a fall, a collision)",
  "over-50-new-back-pain": "Over 50 with new back pain",
  "immunosuppression": "Immunosuppression or long-term steroids",
};
export type HistoryFlag = keyof typeof HISTORY_FLAGS;

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

/** What a clinician can record to close a flag. Only these clear it. */
export const RESOLUTIONS: Record<(typeof RESOLUTION_CODES)[number], string> = {
  called: "Called the runner",
  "referred-emergency": "Referred to an emergency department",
  "referred-doctor": "Referred to a doctor or specialist",
  "seen-in-clinic": "Seen in clinic",
  "not-a-concern": "Reviewed: not a concern",
};
export type Resolution = keyof typeof RESOLUTIONS;
