import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { ReviewItems } from "@/lib/data/review";
import { formatDay } from "@/lib/date-format";
import { formatReported } from "@/lib/red-flag-time";
import { markReviewedAction } from "../../actions";

/** The changed field as the message names it. */
const FIELD = { "morning pain": "morning", "pain during": "during", "pain after": "after" } as const;

/**
 * What is left to read: the runner's worries, and edits of the last 7 days that lowered a pain score or
 * removed an entry (a light can only turn greener that way). "Mark reviewed" settles older lights too.
 */
export function ReviewSection({ runnerId, runnerName, timeZone, items }: { runnerId: string; runnerName: string; timeZone: string; items: ReviewItems }) {
  const { worries, edits } = items;
  // In the runner's time, as every other moment on the page.
  const t = useTranslations("review");
  const locale = useLocale();
  const when = (at: Date) => formatReported(new Date(at), timeZone, locale);
  const day = (d: string) => formatDay(d, locale);
  return (
    <Card title={t("title")}>
      {worries.length === 0 && edits.length === 0 ? <p className="text-sm text-slate-600">{t("nothing", { name: runnerName })}</p> : null}
      {worries.length > 0 ? (
        <>
          <h3 className="mt-1 text-sm font-semibold">{t("worries", { name: runnerName })}</h3>
          <ul className="mb-2 flex flex-col gap-1 text-sm" aria-label={t("worriesList")}>
            {worries.map((w) => (
              <li key={w.id} className="rounded-md bg-amber-50 p-2">
                <span className="block text-xs text-slate-600">{t("sent", { when: when(w.reportedAt) })}</span>
                {w.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {edits.length > 0 ? (
        <>
          <h3 className="mt-1 text-sm font-semibold">{t("edits")}</h3>
          <ul className="mb-2 list-disc pl-5 text-sm" aria-label={t("editsList")}>
            {edits.map((e, i) => (
              <li key={i}>
                {e.field === "entry"
                  ? t("deleted", { date: e.entryDate ? day(e.entryDate) : t("anEarlierDay"), when: when(e.at) })
                  : t("changed", { field: FIELD[e.field], date: e.entryDate ? day(e.entryDate) : t("anEntry"), before: e.before ?? "", after: e.after ?? "", when: when(e.at) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form action={markReviewedAction.bind(null, runnerId)} className="mt-2 flex flex-wrap items-center gap-3">
        <button type="submit" className="min-h-11 rounded-md border border-brand-700 px-3 text-sm font-semibold text-brand-900">
          {t("mark")}
        </button>
        <span className="text-xs text-slate-600">
          {t("markNote")}{" "}
          {items.reviewedAt ? t("lastReviewed", { when: when(items.reviewedAt), by: items.reviewedBy ?? "" }) : t("notYet")}
        </span>
      </form>
    </Card>
  );
}
