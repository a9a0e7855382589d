import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Sort } from "@/lib/data/roster";

/**
 * A column header that sorts the roster by that column; a second click reverses the order. `hint` is a
 * short second line (what the column's numbers are), so the header stays narrow and the rows one line.
 */
export function SortHeader({ label, hint, column, current, dir, params }: { label: string; hint?: string; column: Sort; current: Sort; dir: string; params: Record<string, string | undefined> }) {
  const t = useTranslations("caseload");
  const active = current === column;
  const next = active && dir === "asc" ? "desc" : "asc";
  const query = new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(params.presentation ? { presentation: params.presentation } : {}), sort: column, dir: next });
  return (
    <th scope="col" className="px-2 py-1 whitespace-nowrap first:px-3" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={`/clinic?${query}`} prefetch={false} className="inline-flex min-h-11 flex-col justify-center underline-offset-4 hover:underline">
        <span>
          {label}
          {active ? <span aria-hidden> {dir === "asc" ? "▲" : "▼"}</span> : null}
        </span>
        {hint ? <span className="text-xs font-normal text-slate-600">{hint}</span> : null}
        <span className="sr-only">{t("sort", { dir: next })}</span>
      </Link>
    </th>
  );
}
