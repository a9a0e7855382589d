import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { requireClinician } from "@/lib/auth/current-actor";
import { listDischarged } from "@/lib/data/runners";
import { formatDay } from "@/lib/date-format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("discharged"))("title") };
}

export default async function DischargedPage() {
  const [runners, t, locale] = await Promise.all([listDischarged(await requireClinician()), getTranslations("discharged"), getLocale()]);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
      {runners.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t("title")}>
          {runners.map((r) => (
            <li key={r.id} className="rounded-md border border-slate-200 bg-white p-3">
              <Link href={`/clinic/runners/${r.id}`} prefetch={false} className="font-medium text-brand-700 underline">
                {r.name}
              </Link>
              <span className="block text-sm text-slate-600">
                {t("on", { date: formatDay(r.dischargedOn!, locale), reason: r.reason ?? "" })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
