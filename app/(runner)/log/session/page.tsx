import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { SessionLogForm } from "@/components/forms/session-log-form";
import { sessionWords } from "@/components/forms/session-words";
import { Card } from "@/components/ui/card";
import { requireRunner } from "@/lib/auth/current-actor";
import { getRunnerDay, getToday } from "@/lib/data/today";
import { REINJURY_PRESENTATIONS } from "@/lib/rules/red-flags";
import { painBands } from "@/lib/rules/thresholds";
import { toSessionItems } from "@/lib/session-items";
import { logSessionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessionLog"))("title") };
}

export default async function LogSessionPage() {
  const actor = await requireRunner();
  const [today, day, t, locale] = await Promise.all([getToday(actor), getRunnerDay(actor), getTranslations("sessionLog"), getLocale()]);
  if (!today || !day) notFound();
  if (!today.plan || today.plan.items.length === 0) {
    return (
      <Card title={t("noPlanTitle")}>
        <p className="text-sm text-slate-600">
          {t.rich("noPlan", {
            link: (chunks) => (
              <Link href="/log/run" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </Card>
    );
  }
  const items = toSessionItems(today.plan.items, (item) => item.due, locale);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">{today.plan.title}</p>
      <SessionLogForm action={logSessionAction} clientId={randomUUID()} items={items} defaults={{ date: today.date, durationMinutes: String(10 + 5 * items.filter((i) => i.due).length) }} maxDate={today.date} submitLabel={t("submit")} bands={painBands(day.rules)} offline askSuddenPain={REINJURY_PRESENTATIONS.includes(day.runner.presentation)} words={await sessionWords()} />
    </>
  );
}
