import Link from "next/link";
import { Suspense } from "react";
import type { Range } from "@/lib/rules/chart-range";

import type { ChartView } from "./chart-view";
import { ChartSkeleton } from "./chart-card";
import { CompletionCard } from "./completion-card";
import { ExercisePainCard } from "./exercise-pain-card";
import { LefsCard } from "./lefs-card";
import { PainCard } from "./pain-card";
import { RunningCard } from "./running-card";

/** The ranges the charts offer, as their switch names them. */
const RANGES: { value: Range; label: string }[] = [
  { value: "4w", label: "4 weeks" },
  { value: "12w", label: "12 weeks" },
  { value: "all", label: "All" },
];

/**
 * The recovery charts, shared by the runner's progress page and the clinician's runner page. Each chart
 * streams in its own Suspense boundary, so a slow query never blanks the others.
 */
export function RecoveryCharts(view: ChartView) {
  const { range, path } = view;
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Chart range" className="no-print flex gap-2">
        {RANGES.map((r) => (
          <Link
            key={r.value}
            href={`${path}?range=${r.value}`}
            // Another range is a whole page of queries (two years of them for "all"): only when asked for.
            prefetch={false}
            aria-current={r.value === range ? "page" : undefined}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {r.label}
          </Link>
        ))}
      </nav>
      <Suspense fallback={<ChartSkeleton title="Pain over time" />}>
        <PainCard view={view} />
      </Suspense>
      <Suspense fallback={<ChartSkeleton title="Completion of the plan, per 7 days" />}>
        <CompletionCard view={view} />
      </Suspense>
      <Suspense fallback={<ChartSkeleton title="Running load" />}>
        <RunningCard view={view} />
      </Suspense>
      <Suspense fallback={<ChartSkeleton title="Pain per exercise" />}>
        <ExercisePainCard view={view} />
      </Suspense>
      <Suspense fallback={<ChartSkeleton title="Function (LEFS)" />}>
        <LefsCard view={view} />
      </Suspense>
    </div>
  );
}
