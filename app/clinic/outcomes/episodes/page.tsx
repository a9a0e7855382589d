import type { Metadata } from "next";
import Link from "next/link";
import { requireClinician } from "@/lib/auth/current-actor";
import { outcomeEpisodes } from "@/lib/data/outcomes";
import { formatDay } from "@/lib/date-format";
import { figureSchema, groupSchema, outcomeFiltersSchema } from "@/lib/validation/outcomes";

export const metadata: Metadata = { title: "Episodes behind a figure" };

const FIGURE_WORDS = {
  episodes: "every episode",
  painFree: "episodes with a pain-free week",
  lefsReal: "a real LEFS improvement",
  psfsReal: "a real PSFS improvement",
  grocReal: "a GROC of +3 or more",
  redFlags: "episodes with a red flag",
} as const;

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** The runners behind one figure of the outcomes page: only those the clinician may see are named. */
export default async function OutcomeEpisodesPage({ searchParams }: Props) {
  const actor = await requireClinician();
  const query = await searchParams;
  const filters = outcomeFiltersSchema.parse(query);
  const group = groupSchema.safeParse(query);
  const figure = figureSchema.parse(query.figure);
  const back = (
    <Link href="/clinic/outcomes" className="mb-3 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
      Back to clinic outcomes
    </Link>
  );
  if (!group.success) return <>{back}<p role="status">That group is not one the outcomes page shows.</p></>;
  const { episodes, others } = await outcomeEpisodes(actor, filters, group.data, figure);
  return (
    <>
      {back}
      <h1 className="mb-3 text-2xl font-semibold">Episodes: {FIGURE_WORDS[figure]}</h1>
      {episodes.length ? (
        <ul className="mb-3 text-sm">
          {episodes.map((e) => (
            <li key={e.id}>
              <Link href={`/clinic/runners/${e.runnerId}/summary?episode=${e.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                {e.name}, {formatDay(e.startedOn)} to {formatDay(e.dischargedOn)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-sm text-slate-600">
        {others ? `${others} more in your clinic's figure, of runners outside your care: they are counted, not named.` : episodes.length ? "" : "No episode of a runner in your care is behind this figure."}
      </p>
    </>
  );
}
