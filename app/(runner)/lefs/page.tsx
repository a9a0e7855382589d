import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { getLocale, getTranslations } from "next-intl/server";
import { LefsForm } from "@/components/lefs/lefs-form";
import { requireRunner } from "@/lib/auth/current-actor";
import { getLefs } from "@/lib/data/lefs";
import { getRunnerDay } from "@/lib/data/today";
import { formatDay } from "@/lib/date-format";
import { instrumentsIn } from "@/lib/outcomes/instruments";
import { timingWords } from "@/lib/outcomes/timing-words";
import { saveLefsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("measures"))("lefsTitle") };
}

export default async function LefsPage() {
  const actor = await requireRunner();
  const [lefs, day, t, common, locale] = await Promise.all([getLefs(actor, actor.id), getRunnerDay(actor), getTranslations("measures"), getTranslations("common"), getLocale()]);
  const heading = <h1 className="mb-1 text-2xl font-semibold">{t("lefsTitle")}</h1>;
  if (day?.runner.dischargedOn) {
    return (
      <>
        {heading}
        <p role="status" className="rounded-md bg-brand-50 p-3 text-sm">
          {t("discharged", { date: formatDay(day.runner.dischargedOn, locale) })}
        </p>
      </>
    );
  }
  return (
    <>
      {heading}
      <p className="mb-4 text-sm text-slate-600">
        {t("lefsIntro")}
        {lefs.schedule ? ` ${t("asks", { timing: timingWords(lefs.schedule, locale) })}` : null}
        {!lefs.due && lefs.nextDue && lefs.nextDue > lefs.today ? ` ${t("nextDue", { date: formatDay(lefs.nextDue, locale) })}` : null}
      </p>
      <LefsForm
        action={saveLefsAction}
        clientId={randomUUID()}
        lefs={instrumentsIn(locale).lefs}
        locale={locale}
        words={{ unansweredOne: t.raw("unansweredOne"), unansweredOther: t.raw("unansweredOther"), saving: common("saving"), save: t("save") }}
      />
    </>
  );
}
