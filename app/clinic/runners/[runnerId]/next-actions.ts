import { type Phrase, phrase } from "@/lib/rules/phrase";
import type { PhaseProgress } from "@/lib/rules/progression";

export interface NextAction {
  text: Phrase;
  /** Where on the page the action is taken. */
  href: string;
}

/**
 * What the clinician should do next for this runner, most urgent first: an open red flag, a phase
 * decision, unread messages, new worries or greener edits to read. Empty when nothing waits.
 */
export function nextActions({
  openFlags,
  progress,
  unread,
  toReview,
  runnerName,
}: {
  openFlags: number;
  progress: PhaseProgress | null;
  unread: number;
  toReview: number;
  runnerName: string;
}): NextAction[] {
  const actions: NextAction[] = [];
  if (openFlags > 0) actions.push({ text: phrase("runnerPage.actions.flags", { count: openFlags }), href: "#red-flags-heading" });
  const j = progress?.judgement;
  if (progress && !progress.selfProgressing && j?.verdict === "ready" && progress.next) actions.push({ text: phrase("runnerPage.actions.approve", { phase: progress.next.name }), href: "#progression" });
  if (progress && j?.verdict === "step-back" && progress.previous) actions.push({ text: phrase("runnerPage.actions.stepBack", { phase: progress.previous.name }), href: "#progression" });
  if (unread > 0) actions.push({ text: phrase("runnerPage.actions.unread", { count: unread }), href: "#messages" });
  if (toReview > 0) actions.push({ text: phrase("runnerPage.actions.review", { name: runnerName }), href: "#review" });
  return actions;
}
