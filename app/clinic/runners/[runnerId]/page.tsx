import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecoveryCharts } from "@/components/recovery/recovery-charts";
import { Card } from "@/components/ui/card";
import { requireClinician } from "@/lib/auth/session";
import { listHistory } from "@/lib/data/logs";
import { listNotes } from "@/lib/data/notes";
import { getPlans } from "@/lib/data/plans";
import { parseRange } from "@/lib/data/recovery";
import { getRunner } from "@/lib/data/runners";
import { addDaysIso, formatDay, today } from "@/lib/dates";
import { presentationLabel, sideLabel } from "@/lib/labels";
import { reissueInviteAction } from "../../actions";
import { InviteSection } from "./invite-section";
import { NotesSection } from "./notes-section";
import { PlanSection } from "./plan-section";

export const metadata: Metadata = { title: "Runner" };

const notices: Record<string, string> = { plan: "Plan created.", version: "Plan saved as a new version.", ended: "Plan ended and archived." };

export default async function RunnerDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ runnerId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireClinician();
  const { runnerId } = await params;
  const query = await searchParams;
  const runner = await getRunner(actor, runnerId);
  if (!runner) notFound();
  const [plans, notes, recent] = await Promise.all([getPlans(actor, runner.id), listNotes(actor, runner.id), listHistory(actor, runner.id, addDaysIso(today(), -13))]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{runner.name}</h1>
      {query.saved && notices[query.saved] ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {notices[query.saved]}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Profile">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
            <dt className="text-slate-600">Presentation</dt>
            <dd>{presentationLabel[runner.presentation]}</dd>
            <dt className="text-slate-600">Affected side</dt>
            <dd>{sideLabel[runner.affectedSide]}</dd>
            <dt className="text-slate-600">Goal</dt>
            <dd>{runner.goal || "None set"}</dd>
            <dt className="text-slate-600">Started</dt>
            <dd>{formatDay(runner.startDate)}</dd>
            <dt className="text-slate-600">Email</dt>
            <dd>{runner.email}</dd>
          </dl>
          {runner.invitePending ? <InviteSection action={reissueInviteAction.bind(null, runner.id)} /> : null}
        </Card>
        <Card title="Last 14 days">
          {recent.length === 0 ? (
            <p className="text-sm text-slate-600">Nothing logged in the last 14 days.</p>
          ) : (
            <ul className="max-h-72 space-y-1 overflow-auto text-sm" aria-label="Recent logs">
              {recent.map((e) =>
                e.type === "session" ? (
                  <li key={e.log.id}>
                    {formatDay(e.date)}: {e.log.kind === "run" ? `run ${e.log.distanceKm} km` : "exercises"}, pain {e.log.painDuring} during, {e.log.painAfter} after
                    {e.log.notes ? <span className="text-slate-600"> “{e.log.notes}”</span> : null}
                  </li>
                ) : (
                  <li key={e.checkin.id}>
                    {formatDay(e.date)}: morning pain {e.checkin.pain}, stiffness {e.checkin.stiffness}
                  </li>
                ),
              )}
            </ul>
          )}
        </Card>
      </div>
      <PlanSection runnerId={runner.id} plans={plans} />
      <NotesSection runnerId={runner.id} notes={notes} actorId={actor.id} />
      <h2 className="mt-6 mb-3 text-xl font-semibold">Recovery</h2>
      <RecoveryCharts actor={actor} runnerId={runner.id} range={parseRange(query.range)} exerciseId={query.exercise} path={`/clinic/runners/${runner.id}`} />
    </>
  );
}
