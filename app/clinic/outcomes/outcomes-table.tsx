import { useLocale, useTranslations } from "next-intl";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { formatFixed } from "@/lib/number-format";
import Link from "next/link";
import type { OutcomeRow } from "@/lib/data/outcomes";
import type { Figure } from "@/lib/validation/outcomes";

/*
 * One table of the clinic's outcomes: a row per group, each figure a link to the episodes behind it.
 * A median is shown with how many episodes it is taken over; a share with its numerator and denominator.
 */
const pct = (n: number, of: number, locale: Locale) => (of ? new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent" }).format(n / of) : "–");
const signed = (n: number | null, decimals: number, locale: Locale) => (n == null ? "–" : `${n > 0 ? "+" : ""}${formatFixed(n, decimals, locale)}`);

export function OutcomesTable({ caption, rows, hrefOf }: { caption: string; rows: OutcomeRow[]; hrefOf: (row: OutcomeRow, figure: Figure) => string }) {
  const t = useTranslations("outcomes");
  const locale = useLocale();
  if (rows.length === 0) return null;
  const cell = (row: OutcomeRow, figure: Figure, text: string, label: string) => (
    <td className="px-2 py-2 tabular-nums">
      <Link href={hrefOf(row, figure)} aria-label={t("cellLabel", { label, group: row.label, text })} className="text-brand-700 underline">
        {text}
      </Link>
    </td>
  );
  // A measure no episode of the group has two fills of is a dash, not a row of zeros.
  const measureCell = (row: OutcomeRow, figure: Figure, median: number | null, decimals: number, real: number, of: number, label: string) =>
    of === 0 ? (
      <td className="px-2 py-2 text-slate-500">–</td>
    ) : (
      cell(row, figure, t("real", { median: signed(median, decimals, locale), real, of, percent: pct(real, of, locale) }), label)
    );
  return (
    // On a phone the table scrolls sideways: a region a keyboard can reach and scroll.
    <div role="region" aria-label={t("scrollable", { caption })} tabIndex={0} className="mb-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="px-2 py-2 text-left text-lg font-semibold">{caption}</caption>
        <thead className="bg-slate-50 text-xs text-slate-700">
          <tr>
            {(["group", "episodes", "painFree", "lefs", "psfs", "groc", "adherence", "redFlags"] as const).map((k) => (
              <th key={k} scope="col" className="px-2 py-2">
                {t(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-200">
              <th scope="row" className="px-2 py-2 font-medium">{row.label}</th>
              {cell(row, "episodes", String(row.episodes), t("episodes"))}
              {cell(row, "painFree", t("day", { median: row.medianDaysToPainFree == null ? "none" : String(Math.round(row.medianDaysToPainFree)), reached: row.painFree, episodes: row.episodes }), t("firstPainFree"))}
              {measureCell(row, "lefsReal", row.lefsMedian, 0, row.lefsReal, row.lefs, "LEFS")}
              {measureCell(row, "psfsReal", row.psfsMedian, 1, row.psfsReal, row.psfs, "PSFS")}
              {measureCell(row, "grocReal", row.grocMedian, 0, row.grocReal, row.groc, "GROC")}
              <td className="px-2 py-2 tabular-nums">{row.sessionsPrescribed ? t("ofSessions", { percent: pct(row.sessionsDone, row.sessionsPrescribed, locale) }) : "–"}</td>
              {cell(row, "redFlags", formatFixed((100 * row.redFlags) / row.episodes, 0, locale), t("redFlagsLabel"))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
