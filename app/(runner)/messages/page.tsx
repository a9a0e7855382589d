import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { sendMessageAction } from "@/lib/actions/conversation";
import { MessageForm } from "@/components/messages/message-form";
import { Thread } from "@/components/messages/thread";
import { requireRunner } from "@/lib/auth/current-actor";
import { getThread } from "@/lib/data/messages";
import { getRunnerDay } from "@/lib/data/today";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("messages"))("title") };
}

export default async function RunnerMessagesPage() {
  const actor = await requireRunner();
  const [day, messages, t] = await Promise.all([getRunnerDay(actor), getThread(actor, actor.id), getTranslations("messages")]);
  if (!day) notFound();
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
      <Thread messages={messages} runnerId={actor.id} timeZone={day.runner.timeZone} empty={t("empty")} />
      <MessageForm action={sendMessageAction.bind(null, actor.id)} clientId={randomUUID()} label={t("toPhysio")} button={{ label: t("send"), pending: t("sending") }} />
    </>
  );
}
