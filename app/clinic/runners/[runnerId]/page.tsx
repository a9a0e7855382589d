import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportLinks } from "@/components/programme/export-links";
import { RecoveryCharts } from "@/components/recovery/recovery-charts";
import { Card } from "@/components/ui/card";
import { requireClinician } from "@/lib/auth/current-actor";
import { getRunnerTriage } from "@/lib/data/roster";
import { clinicLadder, getLadder } from "@/lib/data/ladder";
import { LadderSection, ProgressionSection } from "./progression-section";
import { getMeasures } from "@/lib/data/measures";
import { getEpisodes } from "@/lib/data/episodes";
import { listHistory } from "@/lib/data/history";
import { latestMessages, unreadCounts } from "@/lib/data/messages";
import { clinicTimeZone } from "@/lib/data/clinic";
import { listNotes } from "@/lib/data/notes";
import { getPainRules } from "@/lib/data/pain-rules";
import { getPlans } from "@/lib/data/plans";
import { getJudgedSessionsSince } from "@/lib/data/recovery";
import { parseRange } from "@/lib/rules/chart-range";
import { getRedFlags } from "@/lib/data/red-flags";
import { getReviewItems } from "@/lib/data/review";
import { getRunner } from "@/lib/data/runners";
import { addDaysIso, timeZoneNames } from "@/lib/dates";
import { formatDay } from "@/lib/date-format";
import { presentationAndSide, presentationLabel, sideLabel } from "@/lib/labels";
import { dischargeAction, readmitAction, reissueInviteAction, updateProfileAction } from "../../actions";
import { DischargeForm } from "./discharge-section";
import { DischargeMeasures } from "./discharge-measures";
import { MeasuresSection, measuresSummary } from "./measures-section";
import { InviteSection } from "./invite-section";
import { NotesSection } from "./notes-section";
import { PlanSection } from "./plan-section";
import { ProfileForm } from "./profile-form";
import { RecentLogs } from "./recent-logs";
import { getDistanceUnit } from "@/lib/data/preferences";
import { RedFlagsSection } from "./red-flags-section";
import { ReviewSection } from "./review-section";
import { LimitsSection, ownLimits } from "./limits-section";
import { nextActions } from "./next-actions";
import { SummaryMessages } from "./summary-messages";
import { SummaryStatus } from "./summary-status";
import { SummaryTrend } from "./summary-trend";
import { FoldedSection } from "@/components/ui/folded-section";
import { CareTeamSection } from "./care-team-section";
import { ClosureNotice, LifecycleSection } from "./lifecycle-section";
import { getClosure } from "@/lib/data/closure";
import { careTeamOf } from "@/lib/data/handover";
import { activeClinicians } from "@/lib/data/colleagues";

type Props = { params: Promise<{ runnerId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requireClinician();
  const runner = await getRunner(actor, (await params).runnerId);
  return { title: runner?.name ?? (await getTranslations("runnerPage"))("notFoundTitle") };
}

/** What a bound form came back with (?saved=…), said once above the page (runnerPage.notices). */
const NOTICES = ["plan", "version", "ended", "discharged", "readmitted", "measureStopped", "measuresAsked", "reviewed", "phaseApproved", "phaseHeld", "steppedBack", "selfProgressing", "clinicianProgressing", "ladderStarted", "ladderEnded", "flag"] as const;
type Notice = (typeof NOTICES)[number];

export default async function RunnerDetailPage({ params, searchParams }: Props) {
  const actor = await requireClinician();
  const { runnerId } = await params;
  const [query, t, locale] = await Promise.all([searchParams, getTranslations("runnerPage"), getLocale()]);
  const day = (d: string) => formatDay(d, locale);
  const notice = NOTICES.find((n) => n === query.saved) as Notice | undefined;
  const runner = await getRunner(actor, runnerId);
  if (!runner) notFound();
  const status = await getRunnerTriage(actor, runner.id);
  if (!status) notFound();
  const since = addDaysIso(status.today, -13);
  const [plans, notes, recent, judged, rules, flags, unread, measures, team, colleagues, review, ladder, clinicSteps, messages, clinicZone, { unit }, closure] = await Promise.all([
    getPlans(actor, runner.id),
    listNotes(actor, runner.id),
    listHistory(actor, runner.id, since),
    getJudgedSessionsSince(actor, runner.id, since),
    getPainRules(actor, runner.id),
    getRedFlags(actor, runner.id),
    unreadCounts(actor).then((counts) => counts.get(runner.id) ?? 0),
    getMeasures(actor, runner.id),
    careTeamOf(actor, runner.id),
    activeClinicians(actor),
    getReviewItems(actor, runner.id),
    getLadder(actor, runner.id),
    clinicLadder(actor),
    // One more than the page shows, to know whether to offer the whole conversation.
    latestMessages(actor, runner.id, 3),
    clinicTimeZone(actor),
    // The clinician's own unit: a runner in miles reads as kilometres to a clinician in kilometres.
    getDistanceUnit(actor),
    getClosure(actor, runner.id),
  ]);
  const zones = timeZoneNames();
  const actions = nextActions({
    openFlags: flags.filter((f) => !f.resolvedAt).length,
    progress: status.progress,
    unread,
    toReview: review.worries.length + review.edits.length,
    runnerName: runner.name,
  });
  return (
    <>
      <div className="mb-3">
        <h1 className="text-2xl font-semibold">{runner.name}</h1>
        <p className="text-sm text-slate-600">
          {presentationAndSide(runner.presentation, runner.affectedSide, locale)} · {t("started", { date: day(runner.startDate) })}
          {runner.goal ? ` · ${t("goal", { goal: runner.goal })}` : null}
        </p>
      </div>
      {notice ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {t(`notices.${notice}`)}
        </p>
      ) : null}
      <RedFlagsSection flags={flags} runnerName={runner.name} />
      {closure ? <ClosureNotice closure={closure} timeZone={clinicZone} /> : null}
      {runner.dischargedOn ? (
        <section role="status" aria-label={t("discharged")} className="mb-4 rounded-lg border border-slate-300 bg-slate-50 p-4">
          <p className="font-semibold">{t("dischargedOn", { date: day(runner.dischargedOn) })}</p>
          <p className="text-sm text-slate-700">{runner.dischargeReason}</p>
          {/* A runner discharged before summaries were written has none. */}
          {(await getEpisodes(actor, runner.id)).length > 0 ? (
            <Link href={`/clinic/runners/${runner.id}/summary`} className="text-sm font-medium text-brand-700 underline">
              {t("dischargeSummary")}
            </Link>
          ) : null}
          <form action={readmitAction.bind(null, runner.id)} className="mt-2">
            <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-3 text-sm font-semibold text-brand-900">
              {t("readmit", { name: runner.name })}
            </button>
          </form>
        </section>
      ) : null}
      {/* What a clinician opens the page for, above the fold: the status and what to do, the trend, the conversation. */}
      <div className="mb-4 grid gap-3 sm:gap-4 lg:grid-cols-3">
        <SummaryStatus status={status} history={runner.historyFlags} actions={actions} />
        <SummaryTrend status={status} recent={recent} name={runner.name} unit={unit} />
        <SummaryMessages runnerId={runner.id} name={runner.name} timeZone={runner.timeZone} messages={messages} unread={unread} />
      </div>
      <ProgressionSection runnerId={runner.id} progress={status.progress} />
      <div id="review" className="mb-4">
        <ReviewSection runnerId={runner.id} runnerName={runner.name} timeZone={runner.timeZone} items={review} />
      </div>
      <PlanSection runnerId={runner.id} plans={plans} today={status.today} />
      <LadderSection runnerId={runner.id} ladder={ladder} clinicSteps={clinicSteps.steps} />
      <Card title={t("last14")} className="mt-4">
        <RecentLogs entries={recent} judged={judged} unit={unit} />
      </Card>
      <NotesSection runnerId={runner.id} notes={notes} actorId={actor.id} timeZone={clinicZone} />
      <h2 id="recovery" className="mt-6 mb-3 text-xl font-semibold">
        {t("recovery")}
      </h2>
      <RecoveryCharts actor={actor} runnerId={runner.id} range={parseRange(query.range)} exerciseId={query.exercise} table={query.table} path={`/clinic/runners/${runner.id}`} />
      <h2 className="mt-8 mb-3 text-xl font-semibold">{t("details")}</h2>
      <div className="flex flex-col gap-3">
        <FoldedSection title={t("limits")} summary={ownLimits(rules) === 0 ? t("limitsClinic") : t("limitsOwn", { count: ownLimits(rules) })}>
          <LimitsSection runnerId={runner.id} rules={rules} />
        </FoldedSection>
        <FoldedSection title={t("profile")} summary={`${runner.email} · ${runner.timeZone.replaceAll("_", " ")}`}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
            <dt className="text-slate-600">{t("presentation")}</dt>
            <dd>{presentationLabel(runner.presentation, locale)}</dd>
            <dt className="text-slate-600">{t("side")}</dt>
            <dd>{sideLabel(runner.affectedSide, locale)}</dd>
            <dt className="text-slate-600">{t("goalLabel")}</dt>
            <dd>{runner.goal || t("noGoal")}</dd>
            <dt className="text-slate-600">{t("usualPain")}</dt>
            <dd>{t("usualPainOf", { pain: runner.usualPain })}</dd>
            <dt className="text-slate-600">{t("timeZone")}</dt>
            <dd>{runner.timeZone.replaceAll("_", " ")}</dd>
            <dt className="text-slate-600">{t("startedLabel")}</dt>
            <dd>{day(runner.startDate)}</dd>
            <dt className="text-slate-600">{t("email")}</dt>
            <dd>{runner.email}</dd>
          </dl>
          {runner.invitePending ? <InviteSection action={reissueInviteAction.bind(null, runner.id)} email={runner.email} /> : null}
          <details className="mt-3">
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700">{t("editProfile")}</summary>
            <ProfileForm
              action={updateProfileAction.bind(null, runner.id)}
              zones={zones}
              current={{ presentation: runner.presentation, affectedSide: runner.affectedSide, goal: runner.goal, usualPain: String(runner.usualPain), timeZone: runner.timeZone }}
            />
          </details>
        </FoldedSection>
        <FoldedSection title={t("careTeam")} summary={team.map((m) => m.name).join(", ") || t("noClinician")}>
          <CareTeamSection runnerId={runner.id} team={team} colleagues={colleagues} today={status.today} />
        </FoldedSection>
        <FoldedSection id="outcomes" title={t("outcomes")} summary={measuresSummary(measures.measures, locale, t("noneScheduled"))}>
          <MeasuresSection runnerId={runner.id} measures={measures.measures} today={status.today} />
        </FoldedSection>
        <FoldedSection title={t("exports")} summary={t("exportsSummary")}>
          <ExportLinks runnerId={runner.id} programmeHref={`/clinic/runners/${runner.id}/programme`} bare />
        </FoldedSection>
        <FoldedSection id="data-and-account" title={t("data")} summary={t(closure ? "dataClosed" : "dataSummary")}>
          <LifecycleSection actor={actor} runnerId={runner.id} runnerName={runner.name} closure={closure} timeZone={clinicZone} />
        </FoldedSection>
        {!runner.dischargedOn ? (
          <FoldedSection id="discharge" title={t("discharge")} summary={t("dischargeSummaryLine")} open={query.saved === "measuresAsked"}>
            <DischargeMeasures runnerId={runner.id} name={runner.name} measures={measures} />
            <DischargeForm action={dischargeAction.bind(null, runner.id)} today={status.today} name={runner.name} />
          </FoldedSection>
        ) : null}
      </div>
    </>
  );
}
