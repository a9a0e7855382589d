import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { say, sayAll } from "@/lib/i18n/say";
import type { Locale } from "@/lib/i18n/locales";
import type { HistoryEntry } from "@/lib/data/history";
import type { PainPoint } from "@/lib/data/recovery";
import type { PainRules } from "@/lib/rules/thresholds";
import { describeBaseline, describeReason, isLooser } from "@/lib/rules/traffic-light";
import { describeRun } from "@/lib/runs/describe";
import { type DistanceUnit, formatDistance } from "@/lib/units";
import { deleteEntryAction } from "../log/actions";

type HistoryWords = ReturnType<typeof useTranslations<"history">>;

function describe(entry: HistoryEntry, unit: DistanceUnit, t: HistoryWords, locale: Locale) {
  if (entry.type === "checkin") {
    return { title: t("checkin"), detail: t("checkinPain", { pain: entry.checkin.pain, stiffness: entry.checkin.stiffness ?? "none" }) };
  }
  const { log } = entry;
  const pain = t("sessionPain", { during: log.painDuring, after: log.painAfter, rpe: log.rpe });
  if (log.kind === "run") return { title: t("run", { distance: formatDistance(log.distanceKm ?? 0, unit, locale) }), detail: `${pain} · ${describeRun(log, entry.measured, unit, locale)}` };
  return { title: t("session"), detail: `${pain} · ${t("minutes", { minutes: log.durationMinutes })}` };
}

const lightClass = { green: "text-pain-green", amber: "text-pain-amber", red: "text-pain-red" } as const;

/** One entry; a session with its light, why, and what it was compared with, as the physio sees it. */
export function HistoryItem({ entry, judged, rules, unit }: { entry: HistoryEntry; judged?: PainPoint; rules: PainRules; unit: DistanceUnit }) {
  const locale = useLocale();
  const t = useTranslations("history");
  const light = useTranslations("triage");
  const feedback = useTranslations("feedback");
  const { title, detail } = describe(entry, unit, t, locale);
  const id = entry.type === "session" ? entry.log.id : entry.checkin.id;
  const href = entry.type === "session" ? `/history/sessions/${id}` : `/history/checkins/${id}`;
  const notes = entry.type === "session" ? entry.log.notes : "";
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3" aria-label={title}>
      <p className="font-medium">{title}</p>
      <p className="text-sm text-slate-700">{detail}</p>
      {judged ? (
        <p className="text-sm">
          <span className={`font-semibold ${lightClass[judged.verdict.light]}`}>
            {light(judged.verdict.light)}
            {judged.verdict.light === "green" && isLooser(rules) ? t("looser") : null}
          </span>
          {judged.verdict.provisional ? t("provisional") : null}
          {judged.verdict.reasons.length ? `: ${sayAll(locale, judged.verdict.reasons.map(describeReason))}` : null}
          <span className="block text-xs text-slate-600">{feedback("judged", { baseline: say(locale, describeBaseline(judged)) })}</span>
        </p>
      ) : null}
      {notes ? <p className="mt-1 text-sm text-slate-600">{notes}</p> : null}
      {entry.editable ? (
        <div className="mt-2 flex flex-wrap items-start gap-3">
          <Link href={href} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
            {t("edit")}
            <span className="sr-only"> {title}</span>
          </Link>
          <details>
            <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-pain-red">
              {t("delete")}
              <span className="sr-only"> {title}</span>
            </summary>
            <form action={deleteEntryAction} className="mt-1">
              <input type="hidden" name="kind" value={entry.type} />
              <input type="hidden" name="id" value={id} />
              <button type="submit" className="min-h-11 rounded-md bg-pain-red px-3 text-sm font-semibold text-white">
                {t("confirmDelete")}
              </button>
            </form>
          </details>
        </div>
      ) : (
        <p className="mt-1 text-xs text-slate-500">{t("readOnly")}</p>
      )}
    </li>
  );
}
