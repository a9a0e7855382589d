import { formatDay } from "@/lib/date-format";
import type { PhaseProgress } from "@/lib/rules/progression";

/**
 * Today tells the truth about the dose: the phase in force, and what the next one is waiting for, in the
 * same words the physio reads ("2 more green sessions with a settled morning", "repeat this load").
 */
export function PhaseNotice({ progress }: { progress: PhaseProgress }) {
  const { phase, next, upcoming, judgement: j } = progress;
  if (!next && !upcoming) return null;
  return (
    <section aria-label="Your phase" className="mb-3 rounded-md bg-brand-50 p-3 text-sm">
      <p className="font-semibold">Now: {phase.name}</p>
      {upcoming ? (
        <p>
          {upcoming.from > progress.phase.began && progress.selfProgressing ? "Next step unlocked: " : ""}
          {upcoming.name} starts on {formatDay(upcoming.from)}.
        </p>
      ) : j.verdict === "ready" ? (
        <p>{progress.selfProgressing ? `Next step unlocked: ${next!.name} starts tomorrow.` : `You have earned ${next!.name}: your physio will confirm when it starts.`}</p>
      ) : j.verdict === "step-back" ? (
        <p>Two red sessions in this phase: your physio is reviewing whether to go back a step. Keep to this dose or less.</p>
      ) : (
        <p>
          {next!.name} waits: {j.needs.join("; ")}.
        </p>
      )}
    </section>
  );
}
