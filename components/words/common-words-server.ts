import { getTranslations } from "next-intl/server";
import type { CommonWords } from "./common-words";

/** The shared widgets' words (components/words/common-words), for the root layout to hand down. */
export async function commonWords(): Promise<CommonWords> {
  const t = await getTranslations("common");
  return {
    saving: t("saving"),
    cancel: t("cancel"),
    pageErrorTitle: t("pageErrorTitle"),
    pageErrorBody: t("pageErrorBody"),
    tryAgain: t("tryAgain"),
    timeZone: t("timeZone"),
    timeZoneHint: t("timeZoneHint"),
    useDeviceZone: t.raw("useDeviceZone"),
    shownOnce: t("shownOnce"),
  };
}
