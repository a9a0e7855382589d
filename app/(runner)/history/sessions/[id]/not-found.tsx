import { useTranslations } from "next-intl";
import { RecordNotFound } from "@/components/pages/record-not-found";

export default function NotFound() {
  const t = useTranslations("notFound");
  return <RecordNotFound what={t("entry")} back={{ href: "/history", label: t("backToHistory") }} />;
}
