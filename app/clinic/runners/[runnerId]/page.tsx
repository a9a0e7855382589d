import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RecoveryCharts } from "@/components/recovery/recovery-charts";
import { Card } from "@/components/ui/card";
import { requireClinician } from "@/lib/auth/session";
import { parseRange } from "@/lib/data/recovery";
import { getRunner } from "@/lib/data/runners";
import { formatDay } from "@/lib/dates";
import { presentationLabel, sideLabel } from "@/lib/labels";

export const metadata: Metadata = { title: "Runner" };

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
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{runner.name}</h1>
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
      </Card>
      <h2 className="mt-6 mb-3 text-xl font-semibold">Recovery</h2>
      <RecoveryCharts actor={actor} runnerId={runner.id} range={parseRange(query.range)} exerciseId={query.exercise} path={`/clinic/runners/${runner.id}`} />
    </>
  );
}
