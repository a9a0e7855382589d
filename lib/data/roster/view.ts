/*
 * What a roster page asks for: a search, a presentation, a sort and a page, read from the URL and made
 * safe. The default order is triage's: who needs attention first. lib/data/roster does the work in SQL.
 */
export const SORTS = ["attention", "name", "presentation", "lastLog", "pain", "completion", "plan"] as const;
export type Sort = (typeof SORTS)[number];
export const PAGE_SIZE = 50;

export interface ViewParams {
  q?: string;
  presentation?: string;
  sort?: string;
  dir?: string;
  page?: string;
}

export interface RosterView {
  /** Lower-cased name fragment, or null for everyone. */
  q: string | null;
  /** A presentation to keep; an unknown one keeps nobody, as a typo in a URL should. */
  presentation: string | null;
  sort: Sort;
  dir: "asc" | "desc";
  /** 1-based; clamped to the last page once the count is known. */
  page: number;
}

export function readView(params: ViewParams): RosterView {
  const q = params.q?.trim().toLowerCase().slice(0, 100) || null;
  return {
    q,
    presentation: params.presentation || null,
    sort: (SORTS as readonly string[]).includes(params.sort ?? "") ? (params.sort as Sort) : "attention",
    dir: params.dir === "desc" ? "desc" : "asc",
    page: Math.max(1, Math.floor(Number(params.page)) || 1),
  };
}

export function pageCount(total: number, pageSize = PAGE_SIZE) {
  return Math.max(1, Math.ceil(total / pageSize));
}
