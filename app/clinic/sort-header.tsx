import Link from "next/link";
import type { Sort } from "@/lib/data/roster";

/** A column header that sorts the roster by that column; a second click reverses the order. */
export function SortHeader({ label, column, current, dir, params }: { label: string; column: Sort; current: Sort; dir: string; params: Record<string, string | undefined> }) {
  const active = current === column;
  const next = active && dir === "asc" ? "desc" : "asc";
  const query = new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(params.presentation ? { presentation: params.presentation } : {}), sort: column, dir: next });
  return (
    <th scope="col" className="p-3" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={`/clinic?${query}`} prefetch={false} className="inline-flex min-h-11 items-center underline-offset-4 hover:underline">
        {label}
        {active ? <span aria-hidden> {dir === "asc" ? "▲" : "▼"}</span> : null}
        <span className="sr-only">, sort {next === "asc" ? "ascending" : "descending"}</span>
      </Link>
    </th>
  );
}
