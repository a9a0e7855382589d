import { Button } from "@/components/ui/button";
import type { RunnerMeasures } from "@/lib/data/measures";
import { formatDay } from "@/lib/date-format";
import { scoreWords } from "@/lib/outcomes/words";
import { askDischargeMeasuresAction } from "./measure-actions";

/**
 * Before the discharge form: the measures scheduled "at discharge", asked of the runner first. Once asked
 * they are due on the runner's Today page; the form below stays usable (a runner may never fill them, and
 * the summary then says so).
 */
export function DischargeMeasures({ runnerId, name, measures }: { runnerId: string; name: string; measures: RunnerMeasures }) {
  const atDischarge = measures.measures.filter((m) => m.schedule?.atDischarge);
  if (atDischarge.length === 0) return null;
  const asked = measures.days.dischargeAskedOn;
  const shorts = atDischarge.map((m) => m.instrument.short).join(" and ");
  const waiting = atDischarge.filter((m) => m.due === "discharge");
  return (
    <div className="rounded-md border border-brand-200 bg-brand-50 p-3 text-sm">
      <h3 className="font-semibold">Discharge measures: {shorts}</h3>
      {!asked ? (
        <>
          <p>Ask {name} for the final {shorts} first, so the discharge summary can say what changed.</p>
          <form action={askDischargeMeasuresAction.bind(null, runnerId)} className="mt-2">
            <Button type="submit">Ask for the final {shorts}</Button>
          </form>
        </>
      ) : waiting.length > 0 ? (
        <p role="status">
          Asked on {formatDay(asked)}. Waiting for: {waiting.map((m) => m.instrument.short).join(", ")}. You can discharge now; the summary will say what was not filled.
        </p>
      ) : (
        <p role="status">
          Filled since you asked on {formatDay(asked)}: {atDischarge.map((m) => `${scoreWords(m.instrument, m.latest!.score)}`).join("; ")}.
        </p>
      )}
    </div>
  );
}
