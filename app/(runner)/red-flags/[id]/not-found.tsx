import { getTranslations } from "next-intl/server";
import { RecordNotFound } from "@/components/pages/record-not-found";

export default async function NotFound() {
  const t = await getTranslations("redFlags");
  return <RecordNotFound what={t("notFound")} back={{ href: "/today", label: t("backToToday") }} />;
}
