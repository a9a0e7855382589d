import { useLocale, useTranslations } from "next-intl";
import type { LastRun } from "@/lib/data/roster";
import { formatDay } from "@/lib/date-format";
import { formatPace } from "@/lib/runs/format";
import { type DistanceUnit, formatDistance } from "@/lib/units";

/** Under the roster's last log: the latest run of the last 28 days, its distance and pace, and whether the watch measured it. */
export function LastRunLine({ run, unit }: { run: LastRun; unit: DistanceUnit }) {
  const t = useTranslations("caseload");
  const locale = useLocale();
  const pace = formatPace(run.seconds, run.distanceKm, unit);
  return <span className="block text-xs text-slate-600">{t("lastRun", { date: formatDay(run.date, locale), distance: formatDistance(run.distanceKm ?? 0, unit, locale), pace: pace ?? "none", watch: run.fromWatch ? "yes" : "no" })}</span>;
}
