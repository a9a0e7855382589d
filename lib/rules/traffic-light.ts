import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds";

/*
 * The traffic light of one session, by the pain-monitoring model (DOMAIN.md):
 * - during: 0-2 green, above 2 amber, above 5 red;
 * - next morning (24 h on, the key signal): no higher than before the session. A rise that had settled by
 *   the next morning is amber (repeat, do not progress); a rise still there next morning is red.
 * - neural rule for nerve glides: any provoked pain, during or after, above 2 is amber, above 5 red.
 */
export type Light = "green" | "amber" | "red";

export interface SessionPain {
  painDuring: number;
  painAfter: number;
  /** Pain before the session: that morning's check-in, else the runner's usual level. */
  baseline: number;
  /** The next morning's check-in, when there is one yet. */
  nextMorning: number | null;
  /** True when the session holds a nerve glide (or other exercise under the neural rule). */
  neural: boolean;
}

export type Reason =
  | { code: "pain-during"; light: Light; pain: number }
  | { code: "provoked-neural"; light: Light; pain: number }
  | { code: "morning-rise-settled"; light: Light; rise: number }
  | { code: "morning-rise-unsettled"; light: Light; rise: number };

export interface Verdict {
  light: Light;
  reasons: Reason[];
  /** The 24-hour answer is not in yet: the light may still turn. */
  awaitingMorning: boolean;
}

const rank: Record<Light, number> = { green: 0, amber: 1, red: 2 };
export const worst = (lights: Light[]): Light => lights.reduce<Light>((a, b) => (rank[b] > rank[a] ? b : a), "green");

function byBand(pain: number, t: Thresholds): Light {
  return pain > t.painAcceptableMax ? "red" : pain > t.painSafeMax ? "amber" : "green";
}

export function sessionLight(s: SessionPain, t: Thresholds = DEFAULT_THRESHOLDS): Verdict {
  const reasons: Reason[] = [];
  const during = byBand(s.painDuring, t);
  if (during !== "green") reasons.push({ code: "pain-during", light: during, pain: s.painDuring });
  // Under the neural rule, pain provoked after a glide counts by the same bands as pain during it.
  const after = byBand(s.painAfter, t);
  if (s.neural && after !== "green") reasons.push({ code: "provoked-neural", light: after, pain: s.painAfter });
  if (s.nextMorning != null && s.nextMorning > s.baseline) {
    reasons.push({ code: "morning-rise-unsettled", light: "red", rise: s.nextMorning - s.baseline });
  } else if (s.nextMorning != null && s.painAfter > s.baseline) {
    reasons.push({ code: "morning-rise-settled", light: "amber", rise: s.painAfter - s.baseline });
  }
  return { light: worst(reasons.map((r) => r.light)), reasons, awaitingMorning: s.nextMorning == null };
}

/** What the runner reads after logging: the advice of DOMAIN.md in plain words. */
export const adviceFor: Record<Light, { title: string; advice: string }> = {
  green: { title: "Green: within your pain rules", advice: "Keep going. This load suits you; your physio may progress it." },
  amber: { title: "Amber: a warning sign", advice: "Repeat this load next time without progressing it, and see how tomorrow morning feels." },
  red: { title: "Red: too much for now", advice: "Ease off: reduce the load next time, and tell your physio." },
};
