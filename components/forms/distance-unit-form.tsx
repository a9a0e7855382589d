import { useTranslations } from "next-intl";
import { SimpleForm } from "@/components/forms/simple-form";
import { setDistanceUnitAction } from "@/lib/actions/account";
import { DISTANCE_UNITS, type DistanceUnit } from "@/lib/units";

/** Kilometres or miles on this person's own screens; until chosen, the one their browser's language proposed. */
export function DistanceUnitForm({ unit, chosen }: { unit: DistanceUnit; chosen: boolean }) {
  const t = useTranslations("account");
  return (
    <>
      {chosen ? null : <p className="mb-2 text-sm text-slate-600">{t("unitProposed")}</p>}
      <SimpleForm
        action={setDistanceUnitAction}
        fields={[{ kind: "select", name: "unit", label: t("unitLabel"), options: DISTANCE_UNITS.map((u) => ({ value: u, label: t("unitName", { unit: u }) })), defaultValue: unit }]}
        submit={t("saveUnit")}
        inline
      />
    </>
  );
}
