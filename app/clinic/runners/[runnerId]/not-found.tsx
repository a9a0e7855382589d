import { useTranslations } from "next-intl";
import { RecordNotFound } from "@/components/pages/record-not-found";

export default function NotFound() {
  const t = useTranslations("runnerPage");
  return <RecordNotFound what={t("notFound")} back={{ href: "/clinic", label: t("backToCaseload") }} />;
}
