import { getTranslations } from "next-intl/server";
import type { CheckinWords } from "./checkin-form";

/** The check-in form's words in the reader's language, for every page that shows the form. */
export async function checkinWords(): Promise<CheckinWords> {
  const [t, scale, forms, offline] = await Promise.all([getTranslations("checkin"), getTranslations("scale"), getTranslations("forms"), getTranslations("offline")]);
  return {
    pain: t("pain"),
    stiffness: t("stiffness"),
    optional: t("optional"),
    screenLegend: t("screenLegend"),
    screenHint: t("screenHint"),
    date: t("date"),
    saving: forms("saving"),
    offlineKept: offline("keptCheckin"),
    noPain: scale("noPain"),
    worst: scale("worst"),
    none: scale("none"),
  };
}
