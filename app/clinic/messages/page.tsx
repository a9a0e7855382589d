import type { Metadata } from "next";
import Link from "next/link";
import { requireClinician } from "@/lib/auth/current-actor";
import { listUnreadThreads } from "@/lib/data/messages";

export const metadata: Metadata = { title: "Messages" };

/** Where the header's unread count leads: the runners whose messages wait for an answer. */
export default async function ClinicMessagesPage() {
  const threads = await listUnreadThreads(await requireClinician());
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Messages</h1>
      <p className="mb-4 text-sm text-slate-600">Runners whose messages you have not read. Every runner&apos;s thread is also on their page.</p>
      {threads.length === 0 ? <p>Nothing unread.</p> : null}
      <ul className="flex flex-col gap-2">
        {threads.map((t) => (
          <li key={t.runnerId}>
            <Link href={`/clinic/runners/${t.runnerId}/messages`} prefetch={false} className="inline-flex min-h-11 items-center gap-2 font-medium text-brand-700 underline">
              {t.name}: {t.unread} unread {t.unread === 1 ? "message" : "messages"}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
