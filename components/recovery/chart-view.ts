import type { Actor } from "@/lib/data/actor";
import type { Range } from "@/lib/rules/chart-range";

/** What a page of recovery charts shows: whose, which range, which exercise, and which chart's table is open. */
export interface ChartView {
  actor: Actor;
  runnerId: string;
  range: Range;
  exerciseId?: string;
  /** The page the charts are on: /progress, or the clinician's runner page. */
  path: string;
  table?: string;
}

export const CHART_NAMES = ["pain", "completion", "running", "exercise", "lefs"] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** The same page with this chart's table opened (or closed again), scrolled to the chart. */
export function tableHref(view: ChartView, chart: ChartName, open: boolean) {
  const query = new URLSearchParams({ range: view.range, ...(view.exerciseId ? { exercise: view.exerciseId } : {}), ...(open ? { table: chart } : {}) });
  return `${view.path}?${query}#chart-${chart}`;
}
