import type { PhaseProgress } from "@/lib/rules/progression";

export interface NextAction {
  text: string;
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
  if (openFlags > 0) actions.push({ text: openFlags > 1 ? `Record what was done about ${openFlags} red flags` : "Record what was done about the red flag", href: "#red-flags-heading" });
  const j = progress?.judgement;
  if (progress && !progress.selfProgressing && j?.verdict === "ready" && progress.next) actions.push({ text: `Approve ${progress.next.name} or hold`, href: "#progression" });
  if (progress && j?.verdict === "step-back" && progress.previous) actions.push({ text: `Decide on stepping back to ${progress.previous.name}`, href: "#progression" });
  if (unread > 0) actions.push({ text: unread > 1 ? `Reply to ${unread} unread messages` : "Reply to 1 unread message", href: "#messages" });
  if (toReview > 0) actions.push({ text: `Read what ${runnerName} sent and mark it reviewed`, href: "#review" });
  return actions;
}
