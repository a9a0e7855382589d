import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDay } from "@/lib/date-format";
import { type Locale } from "@/lib/i18n/locales";

interface MissingMorning {
  sessionDate: string;
  morning: string;
  kind: "exercise" | "run";
  pain: number;
}

/** First thing on today: a painful session is only judged once the runner says how the next morning felt. */
export async function MissingMornings({ mornings, locale }: { mornings: MissingMorning[]; locale: Locale }) {
  const t = await getTranslations("today");
  const day = (d: string) => formatDay(d, locale);
  return (
    <section aria-labelledby="missing-mornings" className="mb-4 rounded-lg border-l-4 border-pain-amber bg-white p-4 shadow-sm">
      <h2 id="missing-mornings" className="font-semibold">
        {t("missingTitle")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("missingBody")}</p>
      <ul className="flex flex-col gap-2">
        {mornings.map((m) => (
          <li key={m.sessionDate}>
            <Link href={`/check-in?date=${m.morning}`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
              {t("missingAction", { day: day(m.morning) })}
            </Link>
            <span className="mt-1 block text-xs text-slate-600">{t("missingAfter", { pain: m.pain, kind: m.kind, day: day(m.sessionDate) })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
