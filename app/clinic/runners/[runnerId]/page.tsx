import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { requireClinician } from "@/lib/auth/session";
import { getRunner } from "@/lib/data/runners";
import { formatDay } from "@/lib/dates";
import { presentationLabel, sideLabel } from "@/lib/labels";

export const metadata: Metadata = { title: "Runner" };

export default async function RunnerDetailPage({ params }: { params: Promise<{ runnerId: string }> }) {
  const actor = await requireClinician();
  const { runnerId } = await params;
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
    </>
  );
}
