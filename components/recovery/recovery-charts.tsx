import Link from "next/link";
import { useTranslations } from "next-intl";
import { Suspense } from "react";
import type { Range } from "@/lib/rules/chart-range";

import type { ChartView } from "./chart-view";
import { ChartSkeleton } from "./chart-card";
import { CompletionCard } from "./completion-card";
import { ExercisePainCard } from "./exercise-pain-card";
import { LefsCard } from "./lefs-card";
import { PainCard } from "./pain-card";
import { RunningCard } from "./running-card";

/** The ranges the charts offer. */
const RANGES: Range[] = ["4w", "12w", "all"];

/**
 * The recovery charts, shared by the runner's progress page and the clinician's runner page. Each chart
 * streams in its own Suspense boundary, so a slow query never blanks the others.
 */
export function RecoveryCharts(view: ChartView) {
  const t = useTranslations("charts");
  const { range, path } = view;
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t("range")} className="no-print flex gap-2">
        {RANGES.map((r) => (
          <Link
            key={r}
            href={`${path}?range=${r}`}
            // Another range is a whole page of queries (two years of them for "all"): only when asked for.
            prefetch={false}
            aria-current={r === range ? "page" : undefined}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
          >
            {t(`ranges.${r}`)}
          </Link>
        ))}
      </nav>
      <Suspense fallback={<ChartSkeleton title={t("painTitle")} />}>
        <PainCard view={view} />
      </Suspense>
      <Suspense fallback={<ChartSkeleton title={t("completionTitle")} />}>
        <CompletionCard view={view} />
      </Suspense>
      <Suspense fallback={<ChartSkeleton title={t("runningTitle")} />}>
        <RunningCard view={view} />
      </Suspense>
      <Suspense fallback={<ChartSkeleton title={t("exerciseTitle")} />}>
        <ExercisePainCard view={view} />
      </Suspense>
      <Suspense fallback={<ChartSkeleton title={t("lefsTitle")} />}>
        <LefsCard view={view} />
      </Suspense>
    </div>
  );
}
