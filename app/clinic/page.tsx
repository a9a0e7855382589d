import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requireClinician } from "@/lib/auth/current-actor";
import { readView } from "@/lib/data/roster";
import { presentationLabel } from "@/lib/labels";
import { RosterSkeleton } from "./roster-skeleton";
import { RosterSearch } from "./roster-search";
import { RosterTable } from "./roster-table";

export const metadata: Metadata = { title: "Caseload" };

/*
 * The roster's heading and search come at once; the table streams in below them once the summaries are
 * judged (stale ones are judged again first, which on a large caseload takes a moment).
 */
export default async function CaseloadPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireClinician();
  const params = await searchParams;
  const view = readView(params);
  return (
    <>
      <div className="mb-1 flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">Your caseload</h1>
        <a href="/export/caseload.csv" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
          Export all logs (CSV)
        </a>
        <Link href="/clinic/runners/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
          Add runner
        </Link>
      </div>
      {params.saved === "handover" ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          Handed over. The runner has been told who their physio now is.
        </p>
      ) : null}
      <p className="mb-4 text-sm text-slate-600">Who needs attention first: red flags (urgent), then red, then worsening, then stopped logging, then amber, then ready to progress.</p>
      <RosterSearch params={params} presentations={Object.entries(presentationLabel)} />
      <Suspense key={JSON.stringify(view)} fallback={<RosterSkeleton />}>
        <RosterTable actor={actor} view={view} params={params} />
      </Suspense>
    </>
  );
}
