import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requireRunner } from "@/lib/auth/current-actor";
import { getClinicContact } from "@/lib/data/red-flags";
import { isId } from "@/lib/data/actor";
import { telHref } from "@/lib/labels";
import { RED_FLAG_GROUPS, SIGN_CODES, TEAR_GROUP } from "@/lib/rules/red-flags";
import { getLocale } from "next-intl/server";
import { redFlagWords, wordedGroups } from "@/lib/i18n/red-flag-words";
import { WorryForm } from "./worry-form";

export const metadata: Metadata = { title: "Something new or worrying?" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/**
 * Every red-flag question, whatever the runner's presentation: always one tap from today. Straight after a
 * log with a sudden pain, a pop or high pain during, it asks the tear questions first (`?ask=tear`).
 */
export default async function WorryPage({ searchParams }: Props) {
  const actor = await requireRunner();
  const query = await searchParams;
  const [clinic, locale] = await Promise.all([getClinicContact(actor), getLocale()]);
  const tear = query.ask === "tear";
  const logged = query.logged && isId(query.logged) ? query.logged : undefined;
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{tear ? "Saved. A few questions about that pain" : "Something new or worrying?"}</h1>
      <p className="mb-4 text-sm text-slate-600">
        {tear
          ? "A sudden sharp pain, a pop or strong pain during exercise can mean the hamstring has torn. Answer these now: a tear does better when it is seen early."
          : "Most aches during rehab are expected. A few signs are not a rehab problem and need a clinician soon. Tick any that are new for you; your physio sees your answer straight away."}
      </p>
      <WorryForm clientId={randomUUID()} clinic={clinic} groups={wordedGroups(locale, tear ? RED_FLAG_GROUPS.filter((g) => g.group === TEAR_GROUP) : RED_FLAG_GROUPS)} words={redFlagWords(locale, SIGN_CODES)} logged={logged} />
      <p className="mt-4 text-sm text-slate-700">
        Need to talk to someone now?{" "}
        {clinic?.phone ? (
          <>
            Call {clinic.name} on <a href={telHref(clinic.phone)} className="font-semibold underline">{clinic.phone}</a>.
          </>
        ) : (
          "Call your clinic."
        )}{" "}
        This check does not replace your physio or a doctor.
      </p>
    </>
  );
}
