import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { say, valueIn } from "@/lib/i18n/say";
import type { LadderView } from "@/lib/data/ladder";
import { formatDay } from "@/lib/date-format";
import { RETURN_TO_RUN_CHECKLIST, type LadderStep, stepDose } from "@/lib/rules/ladder";
import type { PhaseProgress } from "@/lib/rules/progression";
import { LadderProgress } from "@/components/progression/ladder-progress";
import { lightLabel } from "@/components/recovery/light-label";
import { LadderStartForm } from "./ladder-start-form";
import { approvePhaseAction, endLadderAction, holdPhaseAction, selfProgressingAction, startLadderAction, stepBackAction } from "./progression-actions";

const primary = "min-h-11 rounded-md bg-brand-700 px-4 text-sm font-semibold text-white";
const secondary = "min-h-11 rounded-md border border-brand-700 bg-white px-4 text-sm font-semibold text-brand-900";

/** The plan's phases as the criteria judge them: the evidence, and the clinician's one-tap decisions. */
export function ProgressionSection({ runnerId, progress }: { runnerId: string; progress: PhaseProgress | null }) {
  const locale = useLocale();
  const t = useTranslations("progression");
  const day = (d: string) => formatDay(d, locale);
  if (!progress || (!progress.next && !progress.previous && !progress.upcoming)) return null;
  const { judgement: j, phase, next, previous, upcoming, planId } = progress;
  return (
    <section id="progression" aria-labelledby="progression-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="progression-heading" className="mb-2 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm">{t.rich("now", { phase: valueIn(locale, phase.name), date: day(phase.began), minDays: phase.minDays ?? 0, b: (chunks) => <span className="font-semibold">{chunks}</span> })}</p>
      {upcoming ? <p className="mt-2 text-sm font-medium">{t("begins", { phase: valueIn(locale, upcoming.name), date: day(upcoming.from) })}</p> : null}
      {j.verdict === "ready" && next ? <p className="mt-2 font-semibold text-brand-900">{t("ready", { phase: valueIn(locale, next.name) })}</p> : null}
      {j.verdict === "step-back" && previous ? (
        <p className="mt-2 font-semibold text-pain-red">
          {t("stepBack", { count: j.reds.length, phase: valueIn(locale, phase.name), days: j.reds.map(day).join(", "), previous: valueIn(locale, previous.name) })}
        </p>
      ) : null}
      {next && j.needs.length > 0 && j.verdict !== "step-back" ? (
        <div className="mt-2 text-sm">
          <p className="font-medium">{t("waitsFor", { phase: valueIn(locale, next.name) })}</p>
          <ul className="list-disc pl-5">
            {j.needs.map((n) => say(locale, n)).map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {j.evidence.length > 0 ? (
        <table className="mt-3 text-sm">
          <caption className="text-left font-medium">{t("evidence")}</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="pr-4">
                {t("date")}
              </th>
              <th scope="col" className="pr-4">
                {t("activity")}
              </th>
              <th scope="col" className="pr-4">
                {t("light")}
              </th>
              <th scope="col">{t("nextMorning")}</th>
            </tr>
          </thead>
          <tbody>
            {j.evidence.map((e) => (
              <tr key={`${e.date}-${e.kind}-${e.light}-${e.nextMorning}`}>
                <td className="pr-4">{day(e.date)}</td>
                <td className="pr-4">{t(e.kind === "run" ? "run" : "exercises")}</td>
                <td className="pr-4">{lightLabel(e, locale)}</td>
                <td>{e.nextMorning == null ? t("notIn") : t("pain", { pain: e.nextMorning })}</td>
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
                {t("start", { phase: valueIn(locale, next.name) })}
              </button>
            </form>
            <form action={holdPhaseAction.bind(null, runnerId, planId)}>
              <button type="submit" className={secondary}>
                {t("hold")}
              </button>
            </form>
          </>
        ) : null}
        {j.verdict === "step-back" && previous ? (
          <form action={stepBackAction.bind(null, runnerId, planId, phase.versionId)}>
            <button type="submit" className={primary}>
              {t("stepBackTo", { phase: valueIn(locale, previous.name) })}
            </button>
          </form>
        ) : null}
        <form action={selfProgressingAction.bind(null, runnerId, planId, !progress.selfProgressing)}>
          <button type="submit" className={secondary}>
            {t(progress.selfProgressing ? "decideMyself" : "letItProgress")}
          </button>
        </form>
      </div>
      <p className="mt-1 text-xs text-slate-600">
        {t(progress.selfProgressing ? "selfNote" : "clinicianNote")}
      </p>
    </section>
  );
}

/** The walk-run ladder: the checklist to start it, then the step in force, what the next needs, and each move. */
export function LadderSection({ runnerId, ladder, clinicSteps }: { runnerId: string; ladder: LadderView | null; clinicSteps: LadderStep[] }) {
  const t = useTranslations("progression");
  const locale = useLocale();
  return (
    <Card title={t("returnToRunning")} className="mt-4">
      <div id="ladder">
        {!ladder ? (
          <>
            <p className="mb-2 text-sm text-slate-700">
              {t("ladderIntro", { count: clinicSteps.length })}
            </p>
            <ol className="mb-3 list-decimal pl-5 text-sm">
              {clinicSteps.map((s, i) => (
                <li key={i}>{stepDose(s, locale)}</li>
              ))}
            </ol>
            <LadderStartForm action={startLadderAction.bind(null, runnerId)} checklist={RETURN_TO_RUN_CHECKLIST} />
          </>
        ) : (
          <LadderProgress ladder={ladder}>
            <form action={endLadderAction.bind(null, runnerId)} className="mt-3">
              <button type="submit" className="min-h-11 text-sm font-medium text-pain-red underline">
                {t("endLadder")}
              </button>
            </form>
          </LadderProgress>
        )}
      </div>
    </Card>
  );
}
