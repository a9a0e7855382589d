import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { requireClinician } from "@/lib/auth/current-actor";
import { activeClinicians } from "@/lib/data/colleagues";
import { clinicOutcomes, type OutcomeRow } from "@/lib/data/outcomes";
import { presentationLabel } from "@/lib/labels";
import type { Presentation } from "@/db/schema";
import { type Figure, type OutcomeFilters, outcomeFiltersSchema } from "@/lib/validation/outcomes";
import { OutcomesTable } from "./outcomes-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outcomes"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** Where a figure leads: the episodes behind it, under the same filters. */
function episodesHref(filters: OutcomeFilters, group: Record<string, string>, figure: Figure) {
  const query = new URLSearchParams({ ...group, figure });
  for (const [k, v] of Object.entries(filters)) if (v) query.set(k, v);
  return `/clinic/outcomes/episodes?${query}`;
}

export default async function OutcomesPage({ searchParams }: Props) {
  const actor = await requireClinician();
  const filters = outcomeFiltersSchema.parse(await searchParams);
  const [outcomes, clinicians, t, locale] = await Promise.all([clinicOutcomes(actor, filters), activeClinicians(actor), getTranslations("outcomes"), getLocale()]);
  const presentations = outcomes.presentations.map((r): OutcomeRow => ({ ...r, label: presentationLabel(r.key as Presentation, locale) }));
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-2 text-sm text-slate-600">{t("intro")}</p>
      <details className="mb-4 text-sm">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-700">{t("how")}</summary>
        <ul className="list-disc pl-5 text-slate-700">
          <li>{t("howPainFree")}</li>
          <li>{t("howMeasures")}</li>
          <li>{t("howGroc")}</li>
          <li>{t("howAdherence")}</li>
          <li>{t("howCompleted")}</li>
        </ul>
      </details>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t("filters")}>
        <Field label={t("from")} name="from" type="date" defaultValue={filters.from} />
        <Field label={t("until")} name="to" type="date" defaultValue={filters.to} />
        <SelectField label={t("clinician")} name="clinician" defaultValue={filters.clinician ?? ""} options={[{ value: "", label: t("everyone") }, ...clinicians.map((c) => ({ value: c.id, label: c.name }))]} />
        <Button type="submit">{t("show")}</Button>
      </form>
      {outcomes.total === 0 ? (
        <p role="status" className="rounded-md bg-slate-50 p-3 text-sm">
          {t("none")}
        </p>
      ) : (
        <>
          <p className="mb-2 text-sm">{t("total", { count: outcomes.total })}</p>
          <OutcomesTable caption={t("byPresentation")} rows={presentations} hrefOf={(row, figure) => episodesHref(filters, { by: "presentation", presentation: row.key }, figure)} />
          <OutcomesTable caption={t("byTemplate")} rows={outcomes.templates} hrefOf={(row, figure) => episodesHref(filters, { by: "template", template: row.key }, figure)} />
        </>
      )}
    </>
  );
}
