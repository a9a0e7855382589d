import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { sendMessageAction } from "@/lib/actions/conversation";
import { MessageForm } from "@/components/messages/message-form";
import { Thread } from "@/components/messages/thread";
import { requireClinician } from "@/lib/auth/current-actor";
import { getThread } from "@/lib/data/messages";
import { getRunner } from "@/lib/data/runners";

type Props = { params: Promise<{ runnerId: string }> };

export const metadata: Metadata = { title: "Messages" };

export default async function ClinicianThreadPage({ params }: Props) {
  const actor = await requireClinician();
  const { runnerId } = await params;
  const runner = await getRunner(actor, runnerId);
  if (!runner) notFound();
  const messages = await getThread(actor, runner.id);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="mb-2 text-sm">
        <Link href={`/clinic/runners/${runner.id}`} prefetch={false} className="font-medium text-brand-700 underline">
          Back to {runner.name}&apos;s page
        </Link>
      </p>
      <h1 className="mb-1 text-2xl font-semibold">Messages with {runner.name}</h1>
      <p className="mb-4 text-sm text-slate-600">
        The runner and everyone in their care team read this thread. Your private notes stay on the runner&apos;s page. Times are {runner.name}&apos;s ({runner.timeZone.replaceAll("_", " ")}).
      </p>
      <Thread messages={messages} runnerId={runner.id} timeZone={runner.timeZone} empty={`No messages yet. ${runner.name} will see what you write here.`} />
      <MessageForm action={sendMessageAction.bind(null, runner.id)} clientId={randomUUID()} label={`Message to ${runner.name}`} />
    </div>
  );
}
