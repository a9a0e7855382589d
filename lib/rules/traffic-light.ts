import { type Phrase, phrase } from "./phrase";
import { DEFAULT_PAIN_RULES, type PainRules } from "./thresholds";

/*
 * The traffic light of one session (docs/pain-rules.md), the worst of:
 *   red:   during > limit; after > limit; next morning >= baseline + the red rise; next morning > limit
 *   amber: during above the safe level; after above the safe level; next morning a smaller rise above baseline
 *   green: none of these (a missing next morning does not make a session green, it makes it provisional)
 * Neural rule (nerve glides): pain after above baseline is amber, even by 1 point; red limits as above.
 * Until the next-morning check-in exists the light is provisional: a later morning can only add reasons.
 */
export type Light = "green" | "amber" | "red";

export interface SessionPain {
  painDuring: number;
  painAfter: number;
  /**
   * Pain before the session: that morning's check-in, else the latest check-in of the 2 days before, else
   * the runner's usual pain (docs/pain-rules.md, "Baseline").
   */
  baseline: number;
  /** How many days before the session the baseline's check-in was (0: that morning); null: the usual pain. */
  baselineDaysBefore?: number | null;
  /** The check-in dated the day after, in the runner's calendar, when there is one yet. */
  nextMorning: number | null;
  /** True when the session holds a nerve glide (or other exercise under the neural rule) that was done. */
  neural: boolean;
  /** After glides: new tingling, numbness or pins and needles (a yes is amber under the neural rule). */
  nerveSymptoms?: boolean | null;
  /** "A sudden sharp pain or a pop?": a yes is a warning whatever the scores, and asks the tear questions. */
  suddenPain?: boolean | null;
}

export type Reason =
  | { code: "pain-during"; light: Light; pain: number }
  | { code: "pain-after"; light: Light; pain: number }
  | { code: "neural-after"; light: Light; pain: number; rise: number }
  | { code: "morning-rise"; light: Light; pain: number; rise: number }
  | { code: "morning-pain"; light: Light; pain: number }
  | { code: "nerve-symptoms"; light: Light }
  | { code: "sudden-pain"; light: Light };

export interface Verdict {
  light: Light;
  reasons: Reason[];
  /** The next-morning check-in is not in yet: the light can still get worse, never better. */
  provisional: boolean;
}

const rank: Record<Light, number> = { green: 0, amber: 1, red: 2 };
export const worst = (lights: Light[]): Light => lights.reduce<Light>((a, b) => (rank[b] > rank[a] ? b : a), "green");

function band(pain: number, amberAbove: number, redAbove: number): Light {
  return pain > redAbove ? "red" : pain > amberAbove ? "amber" : "green";
}

export function sessionLight(s: SessionPain, rules: PainRules = DEFAULT_PAIN_RULES): Verdict {
  const reasons: Reason[] = [];
  const during = band(s.painDuring, rules.painDuringAmberAbove, rules.painDuringRedAbove);
  if (during !== "green") reasons.push({ code: "pain-during", light: during, pain: s.painDuring });
  const after = band(s.painAfter, rules.painAfterAmberAbove, rules.painAfterRedAbove);
  if (after !== "green") reasons.push({ code: "pain-after", light: after, pain: s.painAfter });
  // A glide must leave nothing behind: any pain after above the baseline is a warning on its own.
  if (s.neural && after === "green" && s.painAfter > s.baseline) {
    reasons.push({ code: "neural-after", light: "amber", pain: s.painAfter, rise: s.painAfter - s.baseline });
  }
  if (s.neural && s.nerveSymptoms) reasons.push({ code: "nerve-symptoms", light: "amber" });
  if (s.suddenPain) reasons.push({ code: "sudden-pain", light: "amber" });
  if (s.nextMorning != null) {
    const rise = s.nextMorning - s.baseline;
    if (rise >= rules.morningRiseRed) reasons.push({ code: "morning-rise", light: "red", pain: s.nextMorning, rise });
    else if (rise >= 1) reasons.push({ code: "morning-rise", light: "amber", pain: s.nextMorning, rise });
    if (s.nextMorning > rules.morningPainRedAbove) reasons.push({ code: "morning-pain", light: "red", pain: s.nextMorning });
  }
  return { light: worst(reasons.map((r) => r.light)), reasons, provisional: s.nextMorning == null };
}

/** The highest pain a session recorded: what a reason names when it speaks of the session as a whole. */
export const peakPain = (s: Pick<SessionPain, "painDuring" | "painAfter">) => Math.max(s.painDuring, s.painAfter);

/** What the runner reads after logging (messages "lights"). Never "push through"; never green while a limit is passed. */
const adviceFor = (light: Light) => ({ title: phrase(`lights.${light}.title`), advice: phrase(`lights.${light}.advice`) });

/**
 * Limits looser than the clinic's published defaults: a green under them is "within the limits your physio
 * set for you", never the plain green sentence, and the clinician sees which limits differ.
 */
const SESSION_LIMITS = ["painDuringAmberAbove", "painDuringRedAbove", "painAfterAmberAbove", "painAfterRedAbove", "morningRiseRed", "morningPainRedAbove"] as const;
export const isLooser = (rules: PainRules) => SESSION_LIMITS.some((key) => rules[key] > DEFAULT_PAIN_RULES[key]);

/** The title and advice a runner reads for one session's light under their own limits. */
export function adviceForSession(light: Light, rules: PainRules): { title: Phrase; advice: Phrase } {
  if (light === "green" && isLooser(rules)) return { title: phrase("lights.greenOwnLimits.title"), advice: adviceFor("green").advice };
  return adviceFor(light);
}

/** What the session was compared with, in the runner's words: "against yesterday morning's 1". */
export function describeBaseline(s: Pick<SessionPain, "baseline" | "baselineDaysBefore">): Phrase {
  const pain = s.baseline;
  switch (s.baselineDaysBefore) {
    case 0:
      return phrase("lights.baseline.sameMorning", { pain });
    case 1:
      return phrase("lights.baseline.previousMorning", { pain });
    case null:
    case undefined:
      return phrase("lights.baseline.usual", { pain });
    default:
      return phrase("lights.baseline.daysBefore", { pain, days: s.baselineDaysBefore });
  }
}

/** One reason in plain words, for the runner's page, the history and the feedback after a log. */
export function describeReason(r: Reason): Phrase {
  const { code, light: _, ...values } = r;
  return phrase(`lights.reason.${code}`, values);
}
