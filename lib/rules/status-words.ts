import { type Phrase, phrase } from "./phrase";
import { adviceForSession, type Light } from "./traffic-light";
import type { PainRules } from "./thresholds";
import { forClinicianOnly, type Triage } from "./triage";

/*
 * The runner's status over days, in the runner's words: the same judgement as the physio's roster
 * (lib/rules/triage), never a kinder one. And the words after a log, which never say "keep going" while that
 * status is red, worsening or urgent. Phrases (lib/rules/phrase), worded in the reader's language on display.
 */
export interface StatusWords {
  title: Phrase;
  advice: Phrase;
  tone: Light | "urgent" | "stopped";
}

const status = (tone: StatusWords["tone"], key: string): StatusWords => ({ tone, title: phrase(`status.${key}.title`), advice: phrase(`status.${key}.advice`) });

export function statusForRunner(triage: Triage, rules: PainRules): StatusWords {
  if (triage.status === "urgent") return status("urgent", "urgent");
  if (triage.status === "red") return status("red", "red");
  if (triage.worsening) return status("amber", "worsening");
  if (triage.status === "amber") return status("amber", "amber");
  if (triage.status === "stopped") return status("stopped", "stopped");
  return { tone: "green", ...adviceForSession("green", rules) };
}

/** Reasons the runner reads: the roster's, less the ones only a clinician acts on. */
export const reasonsForRunner = (triage: Triage) => triage.chips.filter((c) => !forClinicianOnly(c)).map((c) => c.says);

/** A session's status that forbids "keep going", whatever that session's own light. */
export const holdsBack = (triage: Triage) => triage.status === "urgent" || triage.status === "red" || triage.worsening;
