import { useTranslations } from "next-intl";
import { RecordNotFound } from "@/components/pages/record-not-found";

export default function NotFound() {
  const t = useTranslations("library");
  return <RecordNotFound what={t("notFound")} back={{ href: "/clinic/library", label: t("back") }} />;
}
