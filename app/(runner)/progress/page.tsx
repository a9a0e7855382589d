import type { Metadata } from "next";
import { ExportLinks } from "@/components/programme/export-links";
import { RecoveryCharts } from "@/components/recovery/recovery-charts";
import { requireRunner } from "@/lib/auth/current-actor";
import { parseRange } from "@/lib/rules/chart-range";
import { getLadder } from "@/lib/data/ladder";
import { LadderProgress } from "@/components/progression/ladder-progress";
import { Card } from "@/components/ui/card";
import { MeasuresCard } from "@/components/measures/measures-card";
import { getEpisodes } from "@/lib/data/episodes";
import { getMeasures } from "@/lib/data/measures";
import { formatDay } from "@/lib/date-format";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireRunner();
  const params = await searchParams;
  const [ladder, measures] = await Promise.all([getLadder(actor, actor.id), getMeasures(actor, actor.id)]);
  // Only a discharged runner has a summary to offer: the page a runner opens daily does not look for one.
  const [episode] = measures.dischargedOn ? await getEpisodes(actor, actor.id) : [];
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Your progress</h1>
      {params.lefs ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          Questionnaire saved: {Number(params.lefs)} of 80. Your physio sees it with your pain below.
        </p>
      ) : null}
      {params.measure ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          Questionnaire saved. Your physio sees it with your pain below.
        </p>
      ) : null}
      {episode ? (
        <Card title="Your discharge summary" className="mb-4">
          <p className="text-sm">
            Care from {formatDay(episode.startedOn)} to {formatDay(episode.dischargedOn)}: what changed, in one page to keep or pass on.
          </p>
          <a href={`/export/runners/${actor.id}/discharge-summary.pdf`} className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline">
            Download the discharge summary (PDF)
          </a>
        </Card>
      ) : null}
      <MeasuresCard measures={measures} />
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
