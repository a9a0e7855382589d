import Link from "next/link";
import type { OutcomeRow } from "@/lib/data/outcomes";
import type { Figure } from "@/lib/validation/outcomes";

/*
 * One table of the clinic's outcomes: a row per group, each figure a link to the episodes behind it.
 * A median is shown with how many episodes it is taken over; a share with its numerator and denominator.
 */
const pct = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : "–");
const signed = (n: number | null, decimals: number) => (n == null ? "–" : `${n > 0 ? "+" : ""}${n.toFixed(decimals)}`);

export function OutcomesTable({ caption, rows, hrefOf }: { caption: string; rows: OutcomeRow[]; hrefOf: (row: OutcomeRow, figure: Figure) => string }) {
  if (rows.length === 0) return null;
  const cell = (row: OutcomeRow, figure: Figure, text: string, label: string) => (
    <td className="px-2 py-2 tabular-nums">
      <Link href={hrefOf(row, figure)} aria-label={`${label}, ${row.label}: ${text}`} className="text-brand-700 underline">
        {text}
      </Link>
    </td>
  );
  // A measure no episode of the group has two fills of is a dash, not a row of zeros.
  const measureCell = (row: OutcomeRow, figure: Figure, median: number | null, decimals: number, real: number, of: number, label: string) =>
    of === 0 ? (
      <td className="px-2 py-2 text-slate-500">–</td>
    ) : (
      cell(row, figure, `${signed(median, decimals)} (${real} of ${of}, ${pct(real, of)})`, label)
    );
  return (
    // On a phone the table scrolls sideways: a region a keyboard can reach and scroll.
    <div role="region" aria-label={`${caption}, scrollable`} tabIndex={0} className="mb-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="px-2 py-2 text-left text-lg font-semibold">{caption}</caption>
        <thead className="bg-slate-50 text-xs text-slate-700">
          <tr>
            <th scope="col" className="px-2 py-2">Group</th>
            <th scope="col" className="px-2 py-2">Episodes</th>
            <th scope="col" className="px-2 py-2">First pain-free week: median day (reached)</th>
            <th scope="col" className="px-2 py-2">LEFS change: median (real, MDC 9)</th>
            <th scope="col" className="px-2 py-2">PSFS change: median (real, MCID 2)</th>
            <th scope="col" className="px-2 py-2">GROC at discharge: median (real, +3 or more)</th>
            <th scope="col" className="px-2 py-2">Adherence</th>
            <th scope="col" className="px-2 py-2">Red flags per 100 episodes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-200">
              <th scope="row" className="px-2 py-2 font-medium">{row.label}</th>
              {cell(row, "episodes", String(row.episodes), "Episodes")}
              {cell(row, "painFree", `${row.medianDaysToPainFree == null ? "–" : `day ${Math.round(row.medianDaysToPainFree)}`} (${row.painFree} of ${row.episodes})`, "First pain-free week")}
              {measureCell(row, "lefsReal", row.lefsMedian, 0, row.lefsReal, row.lefs, "LEFS")}
              {measureCell(row, "psfsReal", row.psfsMedian, 1, row.psfsReal, row.psfs, "PSFS")}
              {measureCell(row, "grocReal", row.grocMedian, 0, row.grocReal, row.groc, "GROC")}
              <td className="px-2 py-2 tabular-nums">{row.sessionsPrescribed ? `${pct(row.sessionsDone, row.sessionsPrescribed)} of sessions` : "–"}</td>
              {cell(row, "redFlags", ((100 * row.redFlags) / row.episodes).toFixed(0), "Red flags")}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
