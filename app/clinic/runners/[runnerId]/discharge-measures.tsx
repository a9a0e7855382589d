import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { RunnerMeasures } from "@/lib/data/measures";
import { formatDay, formatList } from "@/lib/date-format";
import { instrumentsIn } from "@/lib/outcomes/instruments";
import { scoreWords } from "@/lib/outcomes/words";
import { askDischargeMeasuresAction } from "./measure-actions";

/**
 * Before the discharge form: the measures scheduled "at discharge", asked of the runner first. Once asked
 * they are due on the runner's Today page; the form below stays usable (a runner may never fill them, and
 * the summary then says so).
 */
export function DischargeMeasures({ runnerId, name, measures }: { runnerId: string; name: string; measures: RunnerMeasures }) {
  const t = useTranslations("dischargeMeasures");
  const locale = useLocale();
  const atDischarge = measures.measures.filter((m) => m.schedule?.atDischarge);
  if (atDischarge.length === 0) return null;
  const asked = measures.days.dischargeAskedOn;
  const shorts = formatList(atDischarge.map((m) => m.instrument.short), locale);
  const waiting = atDischarge.filter((m) => m.due === "discharge");
  return (
    <div className="rounded-md border border-brand-200 bg-brand-50 p-3 text-sm">
      <h3 className="font-semibold">{t("title", { shorts })}</h3>
      {!asked ? (
        <>
          <p>{t("ask", { name, shorts })}</p>
          <form action={askDischargeMeasuresAction.bind(null, runnerId)} className="mt-2">
            <Button type="submit">{t("askButton", { shorts })}</Button>
          </form>
        </>
      ) : waiting.length > 0 ? (
        <p role="status">
          {t("waiting", { date: formatDay(asked, locale), waiting: waiting.map((m) => m.instrument.short).join(", ") })}
        </p>
      ) : (
        <p role="status">
          {t("filled", { date: formatDay(asked, locale), scores: atDischarge.map((m) => scoreWords(instrumentsIn(locale)[m.instrument.id], m.latest!.score, locale)).join("; ") })}
        </p>
      )}
    </div>
  );
}
