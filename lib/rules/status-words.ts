import { isLooser, type Light } from "./traffic-light";
import type { PainRules } from "./thresholds";
import { forClinicianOnly, type Triage } from "./triage";

/*
 * The runner's status over days, in the runner's words: the same judgement as the physio's roster
 * (lib/rules/triage), never a kinder one. And the words after a log, which never say "keep going" while that
 * status is red, worsening or urgent.
 */
export interface StatusWords {
  title: string;
  advice: string;
  tone: Light | "urgent" | "stopped";
}

export function statusForRunner(triage: Triage, rules: PainRules): StatusWords {
  if (triage.status === "urgent") return { tone: "urgent", title: "You reported a warning sign", advice: "Follow the advice at the top of this page, and do not start a session or a run until your physio has been in touch." };
  if (triage.status === "red") return { tone: "red", title: "Red: too much for now", advice: "Your pain rules were passed. Ease off: reduce the load, do not progress, and tell your physio." };
  if (triage.worsening) return { tone: "amber", title: "Amber: your pain has been rising", advice: "Repeat your current load, do not progress it, and tell your physio how it is going." };
  if (triage.status === "amber") return { tone: "amber", title: "Amber: a warning sign", advice: "Repeat your current load, do not progress it, and see how the next morning feels." };
  if (triage.status === "stopped") return { tone: "stopped", title: "Your physio has not heard much lately", advice: "Log each session and run, and do the morning check-in: they are how your physio judges the load." };
  return {
    tone: "green",
    title: isLooser(rules) ? "Green: within the limits your physio set for you" : "Green: within your pain rules",
    advice: "Keep going at this load.",
  };
}

/** Reasons the runner reads: the roster's, less the ones only a clinician acts on. */
export const reasonsForRunner = (triage: Triage) => triage.chips.filter((c) => !forClinicianOnly(c)).map((c) => c.text);

/** A session's status that forbids "keep going", whatever that session's own light. */
export const holdsBack = (triage: Triage) => triage.status === "urgent" || triage.status === "red" || triage.worsening;
