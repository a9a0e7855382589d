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

export const metadata: Metadata = { title: "Clinic outcomes" };

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
  const [outcomes, clinicians] = await Promise.all([clinicOutcomes(actor, filters), activeClinicians(actor)]);
  const presentations = outcomes.presentations.map((r): OutcomeRow => ({ ...r, label: presentationLabel(r.key as Presentation) }));
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Clinic outcomes</h1>
      <p className="mb-2 text-sm text-slate-600">Every discharged episode of your clinic, by presentation and by the template its plan was built from. Each figure opens the runners behind it.</p>
      <details className="mb-4 text-sm">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-700">How each figure is counted</summary>
        <ul className="list-disc pl-5 text-slate-700">
          <li>First pain-free week: the first whole week from the start with at least one session, every session green and each next morning at or below its baseline. The median day it ended, over the episodes that reached one.</li>
          <li>LEFS and PSFS: the median change from the episode&apos;s first fill to its last, over episodes with two fills; &ldquo;real&rdquo; is an improvement of at least 9 (LEFS) or 2 (PSFS) points.</li>
          <li>GROC: the median of the last rating; &ldquo;real&rdquo; is +3 or more.</li>
          <li>Adherence: exercise sessions done of those prescribed. Red flags: raised in the episodes, per 100 episodes.</li>
          <li>Only completed (discharged) episodes count: an episode still in progress has no end to measure.</li>
        </ul>
      </details>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filters">
        <Field label="Discharged from" name="from" type="date" defaultValue={filters.from} />
        <Field label="Discharged until" name="to" type="date" defaultValue={filters.to} />
        <SelectField label="Clinician" name="clinician" defaultValue={filters.clinician ?? ""} options={[{ value: "", label: "Everyone" }, ...clinicians.map((c) => ({ value: c.id, label: c.name }))]} />
        <Button type="submit">Show</Button>
      </form>
      {outcomes.total === 0 ? (
        <p role="status" className="rounded-md bg-slate-50 p-3 text-sm">
          No discharged episode matches. Figures appear here as runners are discharged.
        </p>
      ) : (
        <>
          <p className="mb-2 text-sm">{outcomes.total} episodes.</p>
          <OutcomesTable caption="By presentation" rows={presentations} hrefOf={(row, figure) => episodesHref(filters, { by: "presentation", presentation: row.key }, figure)} />
          <OutcomesTable caption="By template" rows={outcomes.templates} hrefOf={(row, figure) => episodesHref(filters, { by: "template", template: row.key }, figure)} />
        </>
      )}
    </>
  );
}
