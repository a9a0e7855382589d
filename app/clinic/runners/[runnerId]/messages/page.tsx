import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { sendMessageAction } from "@/lib/actions/conversation";
import { MessageForm } from "@/components/messages/message-form";
import { Thread } from "@/components/messages/thread";
import { requireClinician } from "@/lib/auth/current-actor";
import { getThread } from "@/lib/data/messages";
import { getRunner } from "@/lib/data/runners";

type Props = { params: Promise<{ runnerId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messages"))("title") };
}

export default async function ClinicianThreadPage({ params }: Props) {
  const actor = await requireClinician();
  const { runnerId } = await params;
  const runner = await getRunner(actor, runnerId);
  if (!runner) notFound();
  const [messages, t] = await Promise.all([getThread(actor, runner.id), getTranslations("messages")]);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="mb-2 text-sm">
        <Link href={`/clinic/runners/${runner.id}`} prefetch={false} className="font-medium text-brand-700 underline">
          {t("backTo", { name: runner.name })}
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-semibold">{t("with", { name: runner.name })}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("clinicIntro", { name: runner.name, zone: runner.timeZone.replaceAll("_", " ") })}</p>
      <Thread messages={messages} runnerId={runner.id} timeZone={runner.timeZone} empty={t("clinicEmpty", { name: runner.name })} />
      <MessageForm action={sendMessageAction.bind(null, runner.id)} clientId={randomUUID()} label={t("to", { name: runner.name })} button={{ label: t("send"), pending: t("sending") }} />
    </div>
  );
}
