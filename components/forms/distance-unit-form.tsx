import { SimpleForm } from "@/components/forms/simple-form";
import { setDistanceUnitAction } from "@/lib/actions/account";
import { DISTANCE_UNITS, type DistanceUnit, UNIT_NAMES } from "@/lib/units";

/** Kilometres or miles on this person's own screens; until chosen, the one their browser's language proposed. */
export function DistanceUnitForm({ unit, chosen }: { unit: DistanceUnit; chosen: boolean }) {
  return (
    <>
      {chosen ? null : <p className="mb-2 text-sm text-slate-600">Proposed from your browser&apos;s language; choose to keep it.</p>}
      <SimpleForm
        action={setDistanceUnitAction}
        fields={[{ kind: "select", name: "unit", label: "Distances in", options: DISTANCE_UNITS.map((u) => ({ value: u, label: `${UNIT_NAMES[u][0]!.toUpperCase()}${UNIT_NAMES[u].slice(1)} (${u})` })), defaultValue: unit }]}
        submit="Save distances"
        inline
      />
    </>
  );
}
