import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { sendMessageAction } from "@/lib/actions/conversation";
import { MessageForm } from "@/components/messages/message-form";
import { Thread } from "@/components/messages/thread";
import { requireRunner } from "@/lib/auth/current-actor";
import { getThread } from "@/lib/data/messages";
import { getRunnerDay } from "@/lib/data/today";

export const metadata: Metadata = { title: "Messages" };

export default async function RunnerMessagesPage() {
  const actor = await requireRunner();
  const [day, messages] = await Promise.all([getRunnerDay(actor), getThread(actor, actor.id)]);
  if (!day) notFound();
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Messages</h1>
      <p className="mb-4 text-sm text-slate-600">
        Between you and your physio. For anything urgent, use &ldquo;Something new or worrying?&rdquo; on your today page or call the clinic.
      </p>
      <Thread messages={messages} runnerId={actor.id} timeZone={day.runner.timeZone} empty="No messages yet. Ask your physio anything about your plan here." />
      <MessageForm action={sendMessageAction.bind(null, actor.id)} clientId={randomUUID()} label="Message to your physio" />
    </>
  );
}
