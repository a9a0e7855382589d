import type { Presentation } from "@/db/schema";

/*
 * Search, filter, sort and page the roster. The default order is triage's: who needs attention first.
 * Works on the rows listCaseload already computed (a caseload is hundreds of rows, not millions).
 */
export const SORTS = ["attention", "name", "presentation", "lastLog", "pain", "completion", "plan"] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 50;

interface Row {
  name: string;
  presentation: Presentation;
  planTitle: string | null;
  lastLogDate: string | null;
  lastPainDuring: number | null;
  completion: { ratio: number | null } | null;
}

export interface ViewParams {
  q?: string;
  presentation?: string;
  sort?: string;
  dir?: string;
  page?: string;
}

const keys: Record<Exclude<Sort, "attention">, (r: Row) => string | number | null> = {
  name: (r) => r.name.toLowerCase(),
  presentation: (r) => r.presentation,
  lastLog: (r) => r.lastLogDate,
  pain: (r) => r.lastPainDuring,
  completion: (r) => r.completion?.ratio ?? null,
  plan: (r) => r.planTitle?.toLowerCase() ?? null,
};

export function viewCaseload<T extends Row>(rows: T[], params: ViewParams) {
  const sort: Sort = (SORTS as readonly string[]).includes(params.sort ?? "") ? (params.sort as Sort) : "attention";
  const dir = params.dir === "desc" ? "desc" : "asc";
  const q = params.q?.trim().toLowerCase();
  let view = rows.filter((r) => (!q || r.name.toLowerCase().includes(q)) && (!params.presentation || r.presentation === params.presentation));
  if (sort !== "attention") {
    const key = keys[sort];
    // Empty values go last whichever the direction.
    view = [...view].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
      return (x < y ? -1 : x > y ? 1 : 0) * (dir === "asc" ? 1 : -1);
    });
  } else if (dir === "desc") {
    view = [...view].reverse();
  }
  const pages = Math.max(1, Math.ceil(view.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, Number(params.page) || 1), pages);
  return { rows: view.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: view.length, page, pages, sort, dir };
}
