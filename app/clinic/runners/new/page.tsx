import type { Metadata } from "next";
import { requireClinician } from "@/lib/auth/current-actor";
import { timeZoneNames, today } from "@/lib/dates";
import { getLocale, getTranslations } from "next-intl/server";
import { wordedGroups } from "@/lib/i18n/red-flag-words";
import { RED_FLAG_GROUPS } from "@/lib/rules/red-flags";
import { NewRunnerForm } from "./new-runner-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newRunner"))("title") };
}

export default async function NewRunnerPage() {
  await requireClinician();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("newRunner")]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("title")}</h1>
      <NewRunnerForm today={today()} zones={timeZoneNames()} screen={wordedGroups(locale, RED_FLAG_GROUPS)} locale={locale} />
    </>
  );
}
