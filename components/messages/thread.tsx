import { useLocale, useTranslations } from "next-intl";
import type { ThreadMessage } from "@/lib/data/messages";
import { formatDayTime } from "@/lib/date-format";
import { MarkRead } from "./mark-read";

/** The conversation, oldest first; the reader's own messages sit to the right. */
export function Thread({
  messages,
  runnerId,
  timeZone,
  empty,
  label,
  markRead = true,
}: {
  messages: ThreadMessage[];
  runnerId: string;
  timeZone: string;
  empty: string;
  label?: string;
  /** The whole conversation on screen marks it read; a preview of its last messages does not. */
  markRead?: boolean;
}) {
  const t = useTranslations("messages");
  const locale = useLocale();
  return (
    <>
      {markRead ? <MarkRead runnerId={runnerId} seen={messages.length} /> : null}
      {messages.length === 0 ? <p className="text-slate-600">{empty}</p> : null}
      <ol aria-label={label ?? t("title")} className="flex flex-col gap-3">
        {messages.map((m) => (
          <li key={m.id} className={`max-w-[85%] rounded-lg p-3 ${m.mine ? "self-end bg-brand-50" : "self-start border border-slate-300 bg-white"}`}>
            <p className="text-xs text-slate-600">
              {m.mine ? t("you") : m.authorName}
              {m.authorRole === "clinician" && !m.mine ? t("physio") : null} · <time dateTime={m.createdAt.toISOString()}>{formatDayTime(m.createdAt, timeZone, locale)}</time>
            </p>
            <p className="mt-1 break-words whitespace-pre-wrap">{m.body}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
