import type { Metadata } from "next";
import { requireClinician } from "@/lib/auth/current-actor";
import { timeZoneNames, today } from "@/lib/dates";
import { getLocale } from "next-intl/server";
import { wordedGroups } from "@/lib/i18n/red-flag-words";
import { RED_FLAG_GROUPS } from "@/lib/rules/red-flags";
import { NewRunnerForm } from "./new-runner-form";

export const metadata: Metadata = { title: "Add a runner" };

export default async function NewRunnerPage() {
  await requireClinician();
  const locale = await getLocale();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Add a runner</h1>
      <NewRunnerForm today={today()} zones={timeZoneNames()} screen={wordedGroups(locale, RED_FLAG_GROUPS)} locale={locale} />
    </>
  );
}
