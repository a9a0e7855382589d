import { useLocale } from "next-intl";
import { Card } from "@/components/ui/card";
import { say } from "@/lib/i18n/say";
import type { LadderView } from "@/lib/data/ladder";
import { formatDay } from "@/lib/date-format";
import { RETURN_TO_RUN_CHECKLIST, type LadderStep, stepDose } from "@/lib/rules/ladder";
import type { PhaseProgress } from "@/lib/rules/progression";
import { LadderProgress } from "@/components/progression/ladder-progress";
import { LadderStartForm } from "./ladder-start-form";
import { approvePhaseAction, endLadderAction, holdPhaseAction, selfProgressingAction, startLadderAction, stepBackAction } from "./progression-actions";

const lightWord = { green: "green", amber: "amber", red: "red" } as const;
const primary = "min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white";
const secondary = "min-h-11 rounded-md border border-brand-700 bg-white px-4 text-sm font-semibold text-brand-900";

/** The plan's phases as the criteria judge them: the evidence, and the clinician's one-tap decisions. */
export function ProgressionSection({ runnerId, progress }: { runnerId: string; progress: PhaseProgress | null }) {
  const locale = useLocale();
  if (!progress || (!progress.next && !progress.previous && !progress.upcoming)) return null;
  const { judgement: j, phase, next, previous, upcoming, planId } = progress;
  return (
    <section id="progression" aria-labelledby="progression-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="progression-heading" className="mb-2 text-lg font-semibold">
        Progression
      </h2>
      <p className="text-sm">
        Now: <span className="font-semibold">{phase.name}</span>, since {formatDay(phase.began)}
        {phase.minDays ? ` (at least ${phase.minDays} days)` : ""}.
      </p>
      {upcoming ? <p className="mt-2 text-sm font-medium">{upcoming.name} begins on {formatDay(upcoming.from)}.</p> : null}
      {j.verdict === "ready" && next ? <p className="mt-2 font-semibold text-brand-900">Ready to progress to {next.name}.</p> : null}
      {j.verdict === "step-back" && previous ? (
        <p className="mt-2 font-semibold text-pain-red">
          {j.reds.length} red sessions in {phase.name} ({j.reds.map((d) => formatDay(d)).join(", ")}): step back to {previous.name} proposed.
        </p>
      ) : null}
      {next && j.needs.length > 0 && j.verdict !== "step-back" ? (
        <div className="mt-2 text-sm">
          <p className="font-medium">{next.name} waits for:</p>
          <ul className="list-disc pl-5">
            {j.needs.map((n) => say(locale, n)).map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {j.evidence.length > 0 ? (
        <table className="mt-3 text-sm">
          <caption className="text-left font-medium">Last sessions in this phase</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="pr-4">Date</th>
              <th scope="col" className="pr-4">Activity</th>
              <th scope="col" className="pr-4">Light</th>
              <th scope="col">Next morning</th>
            </tr>
          </thead>
          <tbody>
            {j.evidence.map((e) => (
              <tr key={`${e.date}-${e.kind}-${e.light}-${e.nextMorning}`}>
                <td className="pr-4">{formatDay(e.date)}</td>
                <td className="pr-4">{e.kind === "run" ? "Run" : "Exercises"}</td>
                <td className="pr-4">{lightWord[e.light]}</td>
                <td>{e.nextMorning == null ? "not in yet" : `pain ${e.nextMorning}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        {j.verdict === "ready" && next ? (
          <>
            <form action={approvePhaseAction.bind(null, runnerId, planId, next.versionId)}>
              <button type="submit" className={primary}>
                Start {next.name} tomorrow
              </button>
            </form>
            <form action={holdPhaseAction.bind(null, runnerId, planId)}>
              <button type="submit" className={secondary}>
                Hold
              </button>
            </form>
          </>
        ) : null}
        {j.verdict === "step-back" && previous ? (
          <form action={stepBackAction.bind(null, runnerId, planId, phase.versionId)}>
            <button type="submit" className={primary}>
              Step back to {previous.name} tomorrow
            </button>
          </form>
        ) : null}
        <form action={selfProgressingAction.bind(null, runnerId, planId, !progress.selfProgressing)}>
          <button type="submit" className={secondary}>
            {progress.selfProgressing ? "Decide each step myself" : "Let this plan progress by itself"}
          </button>
        </form>
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {progress.selfProgressing
          ? "This plan takes its next phase by itself the day after the criteria are met, and steps back after repeated red sessions."
          : "Each next phase waits for your approval."}
      </p>
    </section>
  );
}

/** The walk-run ladder: the checklist to start it, then the step in force, what the next needs, and each move. */
export function LadderSection({ runnerId, ladder, clinicSteps }: { runnerId: string; ladder: LadderView | null; clinicSteps: LadderStep[] }) {
  return (
    <Card title="Return to running" className="mt-4">
      <div id="ladder">
        {!ladder ? (
          <>
            <p className="mb-2 text-sm text-slate-700">
              The walk-run ladder: {clinicSteps.length} steps, one up after green runs with settled mornings, one down after a red run.
            </p>
            <ol className="mb-3 list-decimal pl-5 text-sm">
              {clinicSteps.map((s, i) => (
                <li key={i}>{stepDose(s)}</li>
              ))}
            </ol>
            <LadderStartForm action={startLadderAction.bind(null, runnerId)} checklist={RETURN_TO_RUN_CHECKLIST} />
          </>
        ) : (
          <LadderProgress ladder={ladder}>
            <form action={endLadderAction.bind(null, runnerId)} className="mt-3">
              <button type="submit" className="min-h-11 text-sm font-medium text-pain-red underline">
                End the ladder
              </button>
            </form>
          </LadderProgress>
        )}
      </div>
    </Card>
  );
}
