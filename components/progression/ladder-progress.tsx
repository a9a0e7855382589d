import type { ReactNode } from "react";
import type { LadderView } from "@/lib/data/ladder";
import { formatDay } from "@/lib/date-format";
import { stepLabel } from "@/lib/rules/ladder";

/** The ladder as both sides read it: steps done, the step now, what the next one needs. */
export function LadderProgress({ ladder, children }: { ladder: LadderView; children?: ReactNode }) {
  const d = ladder.decision;
  return (
    <div className="text-sm">
      <p className="font-semibold">Today: {stepLabel(ladder.steps, ladder.stepToday)}</p>
      {ladder.stepTomorrow !== ladder.stepToday ? <p>Tomorrow: {stepLabel(ladder.steps, ladder.stepTomorrow)} ({d.because}).</p> : d.move === "hold" && d.needs ? <p>Next step needs: {d.needs}.</p> : null}
      <ol className="mt-2 list-decimal pl-5" aria-label="Walk-run ladder">
        {ladder.steps.map((_, i) => {
          const n = i + 1;
          const state = n < ladder.stepToday ? "done" : n === ladder.stepToday ? "now" : "to come";
          return (
            <li key={n} aria-current={state === "now" ? "step" : undefined} className={state === "now" ? "font-semibold" : state === "done" ? "text-slate-600" : ""}>
              {stepLabel(ladder.steps, n).replace(/^Step \d+: /, "")} ({state})
            </li>
          );
        })}
      </ol>
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-700">How the ladder moved</summary>
        <ul>
          {ladder.moves.map((m) => (
            <li key={m.effectiveFrom}>
              {formatDay(m.effectiveFrom)}: step {m.step} ({m.reason === "start" ? `started; criteria recorded: ${ladder.checklist.join("; ")}${ladder.checklistNote ? `. ${ladder.checklistNote}` : ""}` : m.because})
            </li>
          ))}
        </ul>
      </details>
      {children}
    </div>
  );
}
