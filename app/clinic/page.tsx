import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { requireClinician } from "@/lib/auth/current-actor";
import { readView } from "@/lib/data/roster";
import { PRESENTATIONS, presentationLabel } from "@/lib/labels";
import { RosterSkeleton } from "./roster-skeleton";
import { RosterSearch } from "./roster-search";
import { RosterTable } from "./roster-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseload"))("title") };
}

/*
 * The roster's heading and search come at once; the table streams in below them once the summaries are
 * judged (stale ones are judged again first, which on a large caseload takes a moment).
 */
export default async function CaseloadPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireClinician();
  const [params, t, locale] = await Promise.all([searchParams, getTranslations("caseload"), getLocale()]);
  const view = readView(params);
  return (
    <>
      <div className="mb-1 flex flex-wrap items-center gap-3">
        <h1 className="flex-1 text-2xl font-semibold">{t("heading")}</h1>
        <a href="/export/caseload.csv" className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
          {t("export")}
        </a>
        <Link href="/clinic/runners/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
          {t("add")}
        </Link>
      </div>
      {params.saved === "handover" ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 p-3 text-sm">
          {t("handedOver")}
        </p>
      ) : null}
      <p className="mb-4 text-sm text-slate-600">{t("order")}</p>
      <RosterSearch
        params={params}
        presentations={PRESENTATIONS.map((p) => [p, presentationLabel(p, locale)])}
        words={{ search: t("search"), presentation: t("presentation"), all: t("all"), show: t("show") }}
      />
      <Suspense key={JSON.stringify(view)} fallback={<RosterSkeleton />}>
        <RosterTable actor={actor} view={view} params={params} />
      </Suspense>
    </>
  );
}
