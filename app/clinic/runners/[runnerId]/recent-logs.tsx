import type { HistoryEntry } from "@/lib/data/history";
import type { PainPoint } from "@/lib/data/recovery";
import { formatDay } from "@/lib/date-format";
import { describeReason } from "@/lib/rules/traffic-light";
import { sayAll } from "@/lib/i18n/say";
import { useLocale, useTranslations } from "next-intl";
import { describeRun } from "@/lib/runs/describe";
import type { DistanceUnit } from "@/lib/units";
import { lightLabel } from "@/components/recovery/light-label";

const badge = { green: "bg-pain-green", amber: "bg-pain-amber", red: "bg-pain-red" } as const;

/** The last 14 days, each session with its light (in words, and provisional until its morning is in). */
export function RecentLogs({ entries, judged, unit }: { entries: HistoryEntry[]; judged: PainPoint[]; unit: DistanceUnit }) {
  const locale = useLocale();
  const t = useTranslations("recentLogs");
  const day = (d: string) => formatDay(d, locale);
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const verdicts = new Map(judged.map((s) => [s.id, s.verdict]));
  const provisional = judged.some((s) => s.verdict.provisional);
  return (
    <>
      {/* Focusable, so a keyboard can scroll it; named, so a screen reader says what scrolls. */}
      <div role="region" aria-label={t("region")} tabIndex={0} className="max-h-80 overflow-auto rounded">
        <ul className="space-y-1.5 text-sm" aria-label={t("list")}>
          {entries.map((e) => {
            if (e.type === "checkin") {
              return (
                <li key={e.checkin.id}>
                  {t("checkin", { date: day(e.date), pain: e.checkin.pain, stiffness: e.checkin.stiffness ?? "none" })}
                </li>
              );
            }
            const verdict = verdicts.get(e.log.id);
            return (
              <li key={e.log.id}>
                {verdict ? (
                  <span className={`mr-1 rounded px-1.5 py-0.5 text-xs font-semibold text-white ${badge[verdict.light]}`}>
                    {lightLabel(verdict, locale)}
                  </span>
                ) : null}
                {t("log", {
                  date: day(e.date),
                  what: e.log.kind === "run" ? t("run", { run: describeRun(e.log, e.measured, unit, locale), watch: e.measured ? "yes" : "no" }) : t("exercises"),
                  during: e.log.painDuring,
                  after: e.log.painAfter,
                })}
                {verdict && verdict.reasons.length > 0 ? <span className="text-slate-600"> ({sayAll(locale, verdict.reasons.map(describeReason))})</span> : null}
                {e.log.notes ? <span className="text-slate-600"> “{e.log.notes}”</span> : null}
              </li>
            );
          })}
        </ul>
      </div>
      {provisional ? (
        <p className="mt-2 text-xs text-slate-600">
          {t("provisional")}
        </p>
      ) : null}
    </>
  );
}
