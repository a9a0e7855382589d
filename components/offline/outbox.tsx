"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { dropPending, fileOf, markSent, OUTBOX_EVENT, type OutboxItem, pendingFor, type SentItem, sentFor } from "./outbox-store";
import { formatTime } from "@/lib/date-format";
import { fill } from "@/lib/i18n/fill";
import type { OutboxWords } from "./outbox-words";

// The phone's own clock: the entry was kept, and sent, where the runner is now.
const time = { format: (at: Date) => formatTime(at, Intl.DateTimeFormat().resolvedOptions().timeZone) };

/** An entry as JSON to POST /api/logs; a run from a watch's file as a form with the file to POST /api/run-files. */
async function send(item: OutboxItem) {
  if (item.kind !== "runfile") return fetch("/api/logs", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ kind: item.kind, fields: item.entries }) });
  const file = await fileOf(item.clientId);
  const body = new FormData();
  for (const [key, value] of item.entries) body.append(key, value);
  // A file lost from the phone's storage still sends: the server answers that there is nothing to read.
  if (file) body.append("file", file, "run");
  return fetch("/api/run-files", { method: "POST", body });
}

/**
 * What this phone holds for the runner: entries waiting to be sent, and those sent in the last day with
 * the time they reached the server. Sends on load, when the browser says it is back online, and when a
 * new entry is queued; one send at a time, and each entry's client id makes a repeat harmless.
 */
export function Outbox({ runnerId, words }: { runnerId: string; words: OutboxWords }) {
  const [pending, setPending] = useState<OutboxItem[]>([]);
  const [sent, setSent] = useState<SentItem[]>([]);
  const [refused, setRefused] = useState<string | null>(null);
  const [redFlagSent, setRedFlagSent] = useState<SentItem | null>(null);
  const sending = useRef(false);

  useEffect(() => {
    const refresh = async () => {
      const [p, s] = await Promise.all([pendingFor(runnerId), sentFor(runnerId)]);
      setPending(p);
      setSent(s);
      // A red flag's answer that just arrived: the runner is told, with the way to its advice.
      setRedFlagSent(s.find((item) => item.next?.startsWith("/red-flags/") && Date.now() - Date.parse(item.sentAt) < 10 * 60_000) ?? null);
      return p;
    };
    const flush = async () => {
      const items = await refresh();
      if (items.length === 0 || sending.current || !navigator.onLine) return;
      sending.current = true;
      try {
        for (const item of items) {
          const reply = await send(item).catch(() => null);
          // No answer, the server busy, or the session ended: the entry stays for the next try.
          if (!reply || reply.status === 401 || reply.status >= 500) break;
          const outcome = (await reply.json().catch(() => ({}))) as { next?: string; message?: string };
          if (reply.ok) await markSent(item, outcome.next);
          else {
            await dropPending(item.clientId);
            setRefused(fill(words.refused, { label: item.label, reason: outcome.message ?? words.refusedReason }));
          }
        }
      } finally {
        sending.current = false;
        await refresh();
      }
    };
    const onChange = () => void flush();
    onChange();
    window.addEventListener("online", onChange);
    window.addEventListener(OUTBOX_EVENT, onChange);
    return () => {
      window.removeEventListener("online", onChange);
      window.removeEventListener(OUTBOX_EVENT, onChange);
    };
  }, [runnerId, words]);

  const empty = pending.length === 0 && sent.length === 0 && !refused;
  // The live region is always there (hidden while empty), so what appears in it is announced.
  return (
    <div role="status" className="empty:hidden">
      {empty ? null : (
        <section aria-label={words.region} className="mb-4 rounded-md border border-slate-300 bg-white p-3 text-sm">
          {redFlagSent ? (
            <p className="mb-2 font-medium">
              {words.backOnline}{" "}
              <Link href={redFlagSent.next!} className="font-semibold underline">
                {words.seeIt}
              </Link>
            </p>
          ) : null}
          {refused ? <p className="mb-2 text-pain-red">{`${refused} ${words.redFlagHint}`}</p> : null}
          <ul className="flex flex-col gap-1">
            {pending.map((item) => (
              <li key={item.clientId}>
                {item.label}: <strong>{words.waiting}</strong> {fill(words.since, { time: time.format(new Date(item.queuedAt)) })}
              </li>
            ))}
            {sent.map((item) => (
              <li key={item.clientId} className="text-slate-700">
                {fill(words.sent, { label: item.label, time: time.format(new Date(item.sentAt)) })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
