import type { Metadata } from "next";
import Link from "next/link";
import { Sparkline } from "@/components/sparkline";
import { TriageStatus } from "@/components/triage-status";
import { requireClinician } from "@/lib/auth/session";
import { listCaseload } from "@/lib/data/caseload";
import { formatDay } from "@/lib/dates";
import { presentationLabel, sideLabel } from "@/lib/labels";

export const metadata: Metadata = { title: "Caseload" };

export default async function CaseloadPage() {
  const actor = await requireClinician();
  const runners = await listCaseload(actor);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Your caseload</h1>
      <p className="mb-4 text-sm text-slate-600">Who needs attention first: red, then worsening, then stopped logging, then amber.</p>
      {runners.length === 0 ? (
        <p className="text-slate-600">No runners in your care yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Runners in your care, those who need attention first</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="p-3">Runner</th>
                <th scope="col" className="p-3">Status</th>
                <th scope="col" className="p-3">Pain, 4 weeks</th>
                <th scope="col" className="p-3">Last log</th>
                <th scope="col" className="p-3">Pain during / after / morning</th>
                <th scope="col" className="p-3">Done, 14 days</th>
                <th scope="col" className="p-3">Plan</th>
              </tr>
            </thead>
            <tbody>
              {runners.map((r) => (
                <tr key={r.runnerId} className="border-t border-slate-100 align-top" data-runner-id={r.runnerId}>
                  <th scope="row" className="p-3 font-medium">
                    <Link href={`/clinic/runners/${r.runnerId}`} className="text-brand-700 underline">
                      {r.name}
                    </Link>
                    <span className="block text-xs font-normal text-slate-600">
                      {presentationLabel[r.presentation]} ({sideLabel[r.affectedSide].toLowerCase()})
                    </span>
                  </th>
                  <td className="p-3">
                    <TriageStatus triage={r.triage} />
                  </td>
                  <td className="p-3">
                    <Sparkline values={r.sparkline} label={`Daily worst pain over 4 weeks for ${r.name}`} />
                  </td>
                  <td className="p-3 whitespace-nowrap">{r.lastLogDate ? formatDay(r.lastLogDate) : "Never"}</td>
                  <td className="p-3 tabular-nums">
                    {r.lastPainDuring ?? "–"} / {r.lastPainAfter ?? "–"} / {r.lastMorningPain ?? "–"}
                  </td>
                  <td className="p-3 tabular-nums">{r.completion ? `${r.completion.done} of ${r.completion.prescribed}` : "–"}</td>
                  <td className="p-3">
                    {r.planTitle ?? "None"}
                    {r.planStartDate ? <span className="block text-xs text-slate-600">since {formatDay(r.planStartDate)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
