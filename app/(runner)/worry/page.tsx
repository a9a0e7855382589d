import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requireRunner } from "@/lib/auth/current-actor";
import { getClinicContact } from "@/lib/data/red-flags";
import { isId } from "@/lib/data/actor";
import { telHref } from "@/lib/tel";
import { RED_FLAG_GROUPS, SIGN_CODES, TEAR_GROUP } from "@/lib/rules/red-flags";
import { getLocale, getTranslations } from "next-intl/server";
import { redFlagWords, wordedGroups } from "@/lib/i18n/red-flag-words";
import { WorryForm } from "./worry-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("worry"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/**
 * Every red-flag question, whatever the runner's presentation: always one tap from today. Straight after a
 * log with a sudden pain, a pop or high pain during, it asks the tear questions first (`?ask=tear`).
 */
export default async function WorryPage({ searchParams }: Props) {
  const actor = await requireRunner();
  const query = await searchParams;
  const [clinic, locale, t, redFlags, offline] = await Promise.all([getClinicContact(actor), getLocale(), getTranslations("worry"), getTranslations("redFlags"), getTranslations("offline")]);
  const tear = query.ask === "tear";
  const logged = query.logged && isId(query.logged) ? query.logged : undefined;
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t(tear ? "tearTitle" : "title")}</h1>
      <p className="mb-4 text-sm text-slate-600">
        {t(tear ? "tearIntro" : "intro")}
      </p>
      <WorryForm clientId={randomUUID()} clinic={clinic} groups={wordedGroups(locale, tear ? RED_FLAG_GROUPS.filter((g) => g.group === TEAR_GROUP) : RED_FLAG_GROUPS)} words={redFlagWords(locale, SIGN_CODES)}
        form={{ legend: t("legend"), other: t("other"), otherHint: t("otherHint"), sending: t("sending"), send: t("send"), offlineKept: offline("keptAnswer") }}
        logged={logged}
      />
      <p className="mt-4 text-sm text-slate-700">
        {t("talk")}{" "}
        {clinic?.phone
          ? t.rich("callOn", {
              clinic: clinic.name,
              phone: clinic.phone,
              tel: (chunks) => (
                <a href={telHref(clinic.phone!)} className="font-semibold underline">
                  {chunks}
                </a>
              ),
            })
          : redFlags("callYourClinic")}{" "}
        {t("notReplace")}
      </p>
    </>
  );
}
