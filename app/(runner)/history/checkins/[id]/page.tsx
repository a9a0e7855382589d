import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CheckinForm } from "@/components/forms/checkin-form";
import { checkinWords } from "@/components/forms/checkin-words";
import { requireRunner } from "@/lib/auth/current-actor";
import { getCheckin } from "@/lib/data/history";
import { getRunnerDay } from "@/lib/data/today";
import { updateCheckinAction } from "../../../log/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("edit"))("checkin") };
}

export default async function EditCheckinPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRunner();
  const { id } = await params;
  const [entry, day, words, t] = await Promise.all([getCheckin(actor, id), getRunnerDay(actor), checkinWords(), getTranslations("edit")]);
  if (!entry || !entry.editable || !day) notFound();
  const { checkin } = entry;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("checkin")}</h1>
      <CheckinForm
        action={updateCheckinAction.bind(null, checkin.id)}
        clientId={checkin.clientId}
        defaults={{ date: checkin.date, pain: String(checkin.pain), stiffness: checkin.stiffness?.toString() }}
        maxDate={day.today}
        submitLabel={t("save")}
        words={words}
      />
    </>
  );
}
