import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { RunnerMeasures } from "@/lib/data/measures";
import { formatDay } from "@/lib/date-format";
import { fillPath, instrumentsIn } from "@/lib/outcomes/instruments";
import { scoreWords, verdictWords } from "@/lib/outcomes/words";

/**
 * The runner's own PSFS and GROC over time (the LEFS has its chart among the recovery charts): each fill
 * dated, newest last, and the change since the first said with whether it is real.
 */
export function MeasuresCard({ measures }: { measures: RunnerMeasures }) {
  const t = useTranslations("measures");
  const locale = useLocale();
  const shown = measures.measures.filter((m) => m.instrument.id !== "lefs" && (m.schedule || m.responses.length > 0));
  if (shown.length === 0) return null;
  return (
    <Card title={t("cardTitle")} className="mb-4">
      <div id="measures" className="flex flex-col gap-4">
        {shown.map(({ instrument: { id }, responses, first, latest, change, due }) => {
          const instrument = instrumentsIn(locale)[id];
          return (
            <section key={id} aria-label={`${instrument.name} (${instrument.short})`}>
              <h3 className="font-semibold">{instrument.name}</h3>
              {responses.length ? (
                <ol className="text-sm">
                  {responses.map((r) => (
                    <li key={r.id}>
                      {formatDay(r.date, locale)}: {scoreWords(instrument, r.score, locale)}
                    </li>
                  ))}
                </ol>
              ) : null}
              <p className="text-sm text-slate-700">{verdictWords(instrument, change, first && latest && first !== latest ? first.date : null, locale)}</p>
              {!measures.dischargedOn ? (
                <Link href={fillPath(id)} className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline">
                  {t(due ? "fillDue" : "fill", { short: instrument.short })}
                </Link>
              ) : null}
            </section>
          );
        })}
      </div>
    </Card>
  );
}
