import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireClinician } from "@/lib/auth/current-actor";
import { parseMail } from "@/lib/mail/parse";
import { OUTBOX_DIR } from "@/lib/mail/transport";

export const metadata: Metadata = { title: "Outbox (development)" };

/*
 * Development only: the emails StrideBack would have sent, written to .data/outbox/ when no SMTP server is
 * configured (invites, reminders, digests). A production build answers 404.
 */
export default async function OutboxPage() {
  if (process.env.NODE_ENV === "production") notFound();
  // Invites carry sign-up links: a clinician's view, as the invite page is.
  await requireClinician();
  const names = (await readdir(OUTBOX_DIR).catch(() => [] as string[])).filter((n) => n.endsWith(".eml")).sort().reverse().slice(0, 50);
  const mails = await Promise.all(names.map(async (name) => ({ name, ...parseMail(await readFile(path.join(OUTBOX_DIR, name), "utf8")) })));
  return (
    <main className="mx-auto max-w-3xl p-4">
      <h1 className="mb-1 text-2xl font-semibold">Outbox (development)</h1>
      <p className="mb-4 text-sm text-slate-600">
        No SMTP server is configured (SMTP_URL), so emails are written to .data/outbox/. The newest {mails.length} are below.
      </p>
      {mails.length === 0 ? <p>Nothing has been sent yet.</p> : null}
      <ol className="flex flex-col gap-4">
        {mails.map((mail) => (
          <li key={mail.name} className="rounded-md border border-slate-300 bg-white p-3">
            <h2 className="font-semibold">{mail.subject}</h2>
            <p className="text-sm text-slate-600">To {mail.to.join(", ")}</p>
            <pre className="mt-2 text-sm break-words whitespace-pre-wrap">{mail.text}</pre>
          </li>
        ))}
      </ol>
    </main>
  );
}
