"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { sendQueuedAction } from "@/app/(runner)/red-flags/actions";
import { OUTBOX_EVENT, readOutbox, removeFromOutbox } from "./outbox-store";

type Note = { kind: "waiting"; count: number } | { kind: "sent"; href: string } | { kind: "refused"; message: string };

/**
 * Sends what the phone kept while offline as soon as there is a connection (on load, and whenever the
 * browser says it is back online), and says so in a polite live region. Mounted on every runner page.
 */
export function Outbox() {
  const [note, setNote] = useState<Note | null>(null);
  const sending = useRef(false);
  useEffect(() => {
    const flush = async () => {
      const items = readOutbox();
      if (items.length === 0 || sending.current) return;
      if (!navigator.onLine) return setNote({ kind: "waiting", count: items.length });
      sending.current = true;
      try {
        for (const item of items) {
          const reply = await sendQueuedAction(item.kind, item.entries).catch(() => ({ status: "retry" as const }));
          if (reply.status === "retry") {
            setNote({ kind: "waiting", count: readOutbox().length });
            return;
          }
          removeFromOutbox(item.clientId);
          setNote(reply.status === "sent" ? { kind: "sent", href: reply.next } : { kind: "refused", message: reply.message });
        }
      } finally {
        sending.current = false;
      }
    };
    const waiting = () => {
      const count = readOutbox().length;
      if (count > 0 && !navigator.onLine) setNote({ kind: "waiting", count });
    };
    void flush();
    window.addEventListener("online", flush);
    window.addEventListener(OUTBOX_EVENT, waiting);
    return () => {
      window.removeEventListener("online", flush);
      window.removeEventListener(OUTBOX_EVENT, waiting);
    };
  }, []);
  return (
    <div role="status" className="empty:hidden">
      {note?.kind === "waiting" ? (
        <p className="mb-3 rounded-md bg-amber-50 p-3 text-sm">
          {note.count === 1 ? "1 answer is" : `${note.count} answers are`} saved on this phone and will be sent to your physio when you are back online.
        </p>
      ) : note?.kind === "sent" ? (
        <p className="mb-3 rounded-md bg-brand-50 p-3 text-sm">
          Back online: your answer has reached your physio. <Link href={note.href} className="font-semibold underline">See it</Link>
        </p>
      ) : note?.kind === "refused" ? (
        <p className="mb-3 rounded-md bg-red-50 p-3 text-sm text-pain-red">
          An answer saved offline could not be stored: {note.message} If it was about a red flag, call your clinic.
        </p>
      ) : null}
    </div>
  );
}
