import type { Metadata } from "next";
import { ExportLinks } from "@/components/programme/export-links";
import { RecoveryCharts } from "@/components/recovery/recovery-charts";
import { requireRunner } from "@/lib/auth/current-actor";
import { parseRange } from "@/lib/rules/chart-range";
import { getLadder } from "@/lib/data/ladder";
import { LadderProgress } from "@/components/progression/ladder-progress";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireRunner();
  const params = await searchParams;
  const ladder = await getLadder(actor, actor.id);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Your progress</h1>
      {params.lefs ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          Questionnaire saved: {Number(params.lefs)} of 80. Your physio sees it with your pain below.
        </p>
      ) : null}
      {ladder ? (
        <Card title="Your walk-run ladder" className="mb-4">
          <LadderProgress ladder={ladder} />
        </Card>
      ) : null}
      <RecoveryCharts actor={actor} runnerId={actor.id} range={parseRange(params.range)} exerciseId={params.exercise} table={params.table} path="/progress" />
      <ExportLinks runnerId={actor.id} programmeHref="/programme" />
    </>
  );
}
