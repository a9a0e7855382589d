import type { Metadata } from "next";
import Link from "next/link";
import { requireClinician } from "@/lib/auth/current-actor";
import { listDischarged } from "@/lib/data/runners";
import { formatDay } from "@/lib/date-format";

export const metadata: Metadata = { title: "Discharged runners" };

export default async function DischargedPage() {
  const runners = await listDischarged(await requireClinician());
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Discharged runners</h1>
      <p className="mb-4 text-sm text-slate-600">Their history stays readable; re-admit one from their page.</p>
      {runners.length === 0 ? (
        <p className="text-slate-600">No discharged runners.</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="Discharged runners">
          {runners.map((r) => (
            <li key={r.id} className="rounded-md border border-slate-200 bg-white p-3">
              <Link href={`/clinic/runners/${r.id}`} prefetch={false} className="font-medium text-brand-700 underline">
                {r.name}
              </Link>
              <span className="block text-sm text-slate-600">
                Discharged {formatDay(r.dischargedOn!)}: {r.reason}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
