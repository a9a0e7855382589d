import { randomUUID } from "node:crypto";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { MessageForm } from "@/components/messages/message-form";
import { Thread } from "@/components/messages/thread";
import { sendMessageAction } from "@/lib/actions/conversation";
import type { ThreadMessage } from "@/lib/data/messages";

/**
 * The latest messages with a reply box, on the runner's page itself. Reading them here does not mark the
 * thread read (a glance at the page is not reading every message); the full conversation does.
 */
export function SummaryMessages({ runnerId, name, timeZone, messages, unread }: { runnerId: string; name: string; timeZone: string; messages: ThreadMessage[]; unread: number }) {
  const t = useTranslations("messages");
  const latest = messages.slice(-2);
  return (
    <section id="messages" aria-labelledby="messages-heading" className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id="messages-heading" className="text-lg font-semibold">
          {t("heading", { unread })}
        </h2>
        <Link href={`/clinic/runners/${runnerId}/messages`} prefetch={false} className="inline-flex min-h-9 items-center text-sm font-medium text-brand-700 underline">
          {t(messages.length > latest.length ? "all" : "open")}
        </Link>
      </div>
      <Thread messages={latest} runnerId={runnerId} timeZone={timeZone} empty={t("clinicEmpty", { name })} label={t("latest")} markRead={false} />
      <MessageForm action={sendMessageAction.bind(null, runnerId)} clientId={randomUUID()} label={t("reply", { name })} button={{ label: t("send"), pending: t("sending") }} rows={2} />
    </section>
  );
}
