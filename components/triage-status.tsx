import { useLocale, useTranslations } from "next-intl";
import { say } from "@/lib/i18n/say";
import { triageLabel } from "@/lib/labels";
import type { Triage } from "@/lib/rules/triage";

/** Each status's badge colour, beside its words (triageLabel), never colour alone. */
const badge = {
  urgent: "bg-urgent text-white",
  red: "bg-pain-red text-white",
  amber: "bg-pain-amber text-white",
  green: "bg-pain-green text-white",
  stopped: "bg-slate-600 text-white",
} as const satisfies Record<Triage["status"], string>;
const chipTone = {
  urgent: "border-urgent bg-urgent-50 font-semibold text-urgent",
  red: "border-pain-red text-pain-red",
  amber: "border-pain-amber text-pain-amber",
  stopped: "border-slate-500 text-slate-700",
  green: "border-pain-green text-pain-green",
} as const;

/**
 * The status in words (never colour alone), then the reasons as short chips. `compact` (the roster) keeps
 * a row to one line: the first reason, and "+n" that opens the others. Every reason stays in the list, so
 * a screen reader reads them all.
 */
export function TriageStatus({ triage, compact = false }: { triage: Triage; compact?: boolean }) {
  const more = triage.chips.length - 1;
  const locale = useLocale();
  const t = useTranslations("triage");
  const chips = triage.chips.map((c) => ({ tone: c.tone, text: say(locale, c.says) }));
  return (
    <div className={compact ? "reasons-compact flex items-center gap-1" : "flex flex-col items-start gap-1"}>
      <span className={`shrink-0 rounded px-2 py-0.5 text-xs font-semibold ${badge[triage.status]}`}>{triageLabel(triage, locale)}</span>
      {triage.chips.length > 0 ? (
        <ul className={`flex min-w-0 gap-1 ${compact ? "" : "flex-wrap"}`} aria-label={t("reasons")}>
          {chips.map((c) => (
            <li key={c.text} title={compact ? c.text : undefined} className={`rounded-full border px-2 text-xs ${chipTone[c.tone]} ${compact ? "max-w-[10rem] truncate" : ""}`}>
              {c.text}
            </li>
          ))}
        </ul>
      ) : null}
      {compact && more > 0 ? (
        <details className="reasons-more">
          <summary aria-label={t("more", { count: more })} className="inline-flex min-h-6 min-w-6 cursor-pointer list-none items-center justify-center rounded-full border border-slate-400 px-1.5 text-xs font-semibold text-slate-700 [&::-webkit-details-marker]:hidden">
            +{more}
          </summary>
        </details>
      ) : null}
    </div>
  );
}
