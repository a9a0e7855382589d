import type { Metadata } from "next";
import Link from "next/link";
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
      <h1 className="mb-4 text-2xl font-semibold">Your caseload</h1>
      {runners.length === 0 ? (
        <p className="text-slate-600">No runners in your care yet.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Runners in your care</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="p-3">Runner</th>
                <th scope="col" className="p-3">Presentation</th>
                <th scope="col" className="p-3">Active plan</th>
                <th scope="col" className="p-3">Last log</th>
                <th scope="col" className="p-3">Pain during / after / morning</th>
              </tr>
            </thead>
            <tbody>
              {runners.map((r) => (
                <tr key={r.runnerId} className="border-t border-slate-100">
                  <th scope="row" className="p-3 font-medium">
                    <Link href={`/clinic/runners/${r.runnerId}`} className="text-brand-700 underline">
                      {r.name}
                    </Link>
                  </th>
                  <td className="p-3">
                    {presentationLabel[r.presentation]} ({sideLabel[r.affectedSide].toLowerCase()})
                  </td>
                  <td className="p-3">{r.planTitle ?? "None"}</td>
                  <td className="p-3">{r.lastLogDate ? formatDay(r.lastLogDate) : "Never"}</td>
                  <td className="p-3 tabular-nums">
                    {r.lastPainDuring ?? "–"} / {r.lastPainAfter ?? "–"} / {r.lastMorningPain ?? "–"}
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
