import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkList } from "@/components/ui/link-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("more"))("title") };
}

/** The More tab: the pages a runner needs now and then. */
export default async function MorePage() {
  const t = await getTranslations("more");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      <LinkList
        label={t("label")}
        items={[
          { href: "/settings", title: t("settings"), detail: t("settingsDetail") },
          { href: "/programme", title: t("programme"), detail: t("programmeDetail") },
          { href: "/account/security", title: t("security"), detail: t("securityDetail") },
        ]}
      />
    </>
  );
}
