import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OwnStatus } from "@/components/own-status";
import { SessionFeedback } from "@/components/session-feedback";
import { getOwnSummary } from "@/lib/data/roster";
import { getLadder } from "@/lib/data/ladder";
import { stepLabel } from "@/lib/rules/ladder";
import { say } from "@/lib/i18n/say";
import { PhaseNotice } from "./phase-notice";
import { ExercisePicture } from "@/components/media/exercise-picture";
import { Card } from "@/components/ui/card";
import { Disclosure } from "@/components/ui/disclosure";
import { requireRunner } from "@/lib/auth/current-actor";
import { getOwnSession } from "@/lib/data/recovery";
import { getMeasures } from "@/lib/data/measures";
import { fillPath } from "@/lib/outcomes/instruments";
import { listExerciseMedia } from "@/lib/data/media";
import { getClinicContact, getRedFlags } from "@/lib/data/red-flags";
import { getRunnerDay, getToday } from "@/lib/data/today";
import { getDistanceUnit } from "@/lib/data/preferences";
import { formatDistance } from "@/lib/units";
import { formatDay } from "@/lib/date-format";
import { doseLabel } from "@/lib/labels";
import { exerciseInWords } from "@/lib/i18n/exercise-words";
import { MissingMornings } from "./missing-mornings";
import { OpenRedFlags } from "./open-red-flags";
import { ZoneNotice } from "./zone-notice";
import { illustrationOf } from "@/lib/illustrations/src";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("today"))("title") };
}

const linkButton = "inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-center text-sm font-semibold text-white";
const secondaryLink = "inline-flex min-h-11 items-center justify-center rounded-md border border-brand-700 bg-white px-4 py-2 text-center text-sm font-semibold text-brand-900";

export default async function TodayPage({ searchParams }: { searchParams: Promise<{ logged?: string; checkedIn?: string; screened?: string }> }) {
  const actor = await requireRunner();
  const { logged, checkedIn, screened } = await searchParams;
  const [today, day, justLogged, flags, clinic, measures, summary, ladder, { unit }] = await Promise.all([
    getToday(actor),
    getRunnerDay(actor),
    logged ? getOwnSession(actor, logged) : null,
    getRedFlags(actor, actor.id),
    getClinicContact(actor),
    getMeasures(actor, actor.id),
    getOwnSummary(actor),
    getLadder(actor, actor.id),
    getDistanceUnit(actor),
  ]);
  const [t, locale] = await Promise.all([getTranslations("today"), getLocale()]);
  const dayIn = (d: string) => formatDay(d, locale);
  const status = summary?.triage ?? null;
  if (!today || !day) notFound();
  const media = today.plan ? await listExerciseMedia(actor, today.plan.items.map((i) => i.exercise.id)) : [];
  const mediaOf = (exerciseId: string) => media.filter((m) => m.exerciseId === exerciseId);
  // One entry per dose of today: a twice-a-day exercise is listed twice, each marked done as it is logged.
  const due = (today.plan?.items ?? []).flatMap((item) => Array.from({ length: item.doses.total }, (_, k) => ({ ...item, exercise: exerciseInWords(item.exercise, locale), dose: k + 1, done: k < item.doses.done })));
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-slate-600">{dayIn(today.date)}</p>
      {/* An open red flag comes before anything else on the page, and no traffic light stands in its place. */}
      <OpenRedFlags flags={flags.filter((f) => !f.resolvedAt)} clinic={clinic} />
      <ZoneNotice stored={day.runner.timeZone} words={{ zone: t.raw("zone"), change: t("changeZone") }} />
      {day.runner.dischargedOn ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {t("discharged", { date: dayIn(day.runner.dischargedOn) })}
        </p>
      ) : null}
      {today.missingMornings.length > 0 ? <MissingMornings mornings={today.missingMornings} locale={locale} /> : null}
      {justLogged ? <SessionFeedback session={justLogged} status={status} rules={day.rules} /> : null}
      {status && !day.runner.dischargedOn ? <OwnStatus triage={status} rules={day.rules} /> : null}
      {screened ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {t("screened")}
        </p>
      ) : null}
      {checkedIn ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {t("checkedIn")}
        </p>
      ) : null}
      {today.checkinDue && today.missingMornings.length === 0 ? (
        <Card className="mb-4">
          <p className="font-medium">{t("checkinDueTitle")}</p>
          <p className="mb-3 text-sm text-slate-700">{t("checkinDueBody")}</p>
          <Link href="/check-in" className={linkButton}>
            {t("checkinDueAction")}
          </Link>
        </Card>
      ) : null}
      {measures.measures
        .filter((m) => m.due)
        .map(({ instrument, due }) => (
          <Card key={instrument.id} className="mb-4">
            <p className="font-medium">{instrument.id === "lefs" ? t("lefsAsk") : t(due === "discharge" ? "measureAskDischarge" : "measureAsk", { instrument: instrument.short })}</p>
            <p className="mb-3 text-sm text-slate-700">{instrument.brief}</p>
            <Link href={fillPath(instrument.id)} className={linkButton}>
              {instrument.id === "lefs" ? t("lefsFill") : t("measureFill", { instrument: instrument.short })}
            </Link>
          </Card>
        ))}
      {!day.runner.dischargedOn ? (
        <nav aria-label={t("logNavigation")} className="mb-4 grid grid-cols-2 gap-2">
          <Link href="/log/session" className={linkButton}>
            {t("logExercises")}
          </Link>
          <Link href="/log/run" className={linkButton}>
            {t("logRun")}
          </Link>
          {!today.checkinDue && today.missingMornings.length === 0 ? (
            <Link href="/check-in" className={`${secondaryLink} col-span-2`}>
              {today.checkin ? t("updateCheckin") : t("morningCheckin")}
            </Link>
          ) : null}
        </nav>
      ) : null}
      <Link href="/worry" className="mb-4 flex min-h-11 items-center justify-center rounded-md border-2 border-urgent bg-white px-4 text-sm font-semibold text-urgent">
        {t("worry")}
      </Link>
      {!today.plan ? (
        <Card>
          <p className="font-medium">{t("noPlanTitle")}</p>
          <p className="text-sm text-slate-600">{t("noPlanBody")}</p>
        </Card>
      ) : (
        <Card title={today.plan.title}>
          {summary?.progress ? <PhaseNotice progress={summary.progress} /> : null}
          <Link href="/programme" prefetch={false} className="-mt-1 mb-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
            {t("printProgramme")}
          </Link>
          {due.length === 0 ? (
            <p className="text-slate-600">{t("restDay")}</p>
          ) : (
            <ul className="flex flex-col gap-3" aria-label={t("exercisesDue")}>
              {due.map(({ prescription, exercise, dose, done }) => (
                <li key={`${prescription.id}-${dose}`} className="rounded-md border border-slate-200 p-3">
                  <div className="flex min-h-11 items-start justify-between gap-2">
                    <p>
                      <span className="font-medium">{exercise.name}</span>
                      {prescription.timesPerDay > 1 ? <span className="text-sm text-slate-600"> {t("doseOfDay", { dose, times: prescription.timesPerDay })}</span> : null}
                      <span className="block text-sm text-slate-600">{doseLabel(prescription, locale)}</span>
                    </p>
                    {done ? <span className="rounded bg-brand-100 px-2 py-1 text-xs font-semibold text-brand-900">{t("done")}</span> : null}
                  </div>
                  {dose === 1 ? (
                    <div className="mt-2">
                      <ExercisePicture media={mediaOf(exercise.id)} illustration={illustrationOf(exercise, locale)} />
                    </div>
                  ) : null}
                  <Disclosure label={t("howTo")} context={exercise.name} className="mt-2">
                    <p>{exercise.instructions}</p>
                    {exercise.cues ? <p className="text-slate-700">{t("cues", { cues: exercise.cues })}</p> : null}
                    {prescription.notes ? <p className="text-slate-700">{t("fromPhysio", { notes: prescription.notes })}</p> : null}
                  </Disclosure>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
      {ladder ? (
        <Card title={t("ladderTitle")} className="mt-4">
          <p className="font-medium">{t("ladderToday", { step: stepLabel(ladder.steps, ladder.stepToday, locale) })}</p>
          {ladder.stepTomorrow !== ladder.stepToday ? (
            <p className="text-sm">{t("ladderTomorrow", { step: stepLabel(ladder.steps, ladder.stepTomorrow, locale) })}</p>
          ) : ladder.decision.move === "hold" && ladder.decision.needs ? (
            <p className="text-sm text-slate-700">{t("ladderNeeds", { needs: say(locale, ladder.decision.needs) })}</p>
          ) : null}
        </Card>
      ) : null}
      {today.todaysLogs.length > 0 ? (
        <Card title={t("loggedToday")} className="mt-4">
          <ul className="text-sm">
            {today.todaysLogs.map((log) => (
              <li key={log.id}>
                {log.kind === "run"
                  ? t("loggedRun", { distance: formatDistance(log.distanceKm ?? 0, unit, locale), during: log.painDuring, after: log.painAfter })
                  : t("loggedSession", { during: log.painDuring, after: log.painAfter })}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
