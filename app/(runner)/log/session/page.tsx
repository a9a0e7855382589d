import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { SessionLogForm } from "@/components/forms/session-log-form";
import { Card } from "@/components/ui/card";
import { requireRunner } from "@/lib/auth/current-actor";
import { getRunnerDay, getToday } from "@/lib/data/today";
import { REINJURY_PRESENTATIONS } from "@/lib/rules/red-flags";
import { painBands } from "@/lib/rules/thresholds";
import { toSessionItems } from "@/lib/session-items";
import { logSessionAction } from "../actions";

export const metadata: Metadata = { title: "Log exercises" };

export default async function LogSessionPage() {
  const actor = await requireRunner();
  const [today, day] = await Promise.all([getToday(actor), getRunnerDay(actor)]);
  if (!today || !day) notFound();
  if (!today.plan || today.plan.items.length === 0) {
    return (
      <Card title="No exercises to log">
        <p className="text-sm text-slate-600">You have no active plan yet. You can still <Link href="/log/run" className="underline">log a run</Link>.</p>
      </Card>
    );
  }
  const items = toSessionItems(today.plan.items, (item) => item.due);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Log exercises</h1>
      <p className="mb-4 text-sm text-slate-600">{today.plan.title}</p>
      <SessionLogForm action={logSessionAction} clientId={randomUUID()} items={items} defaults={{ date: today.date, durationMinutes: String(10 + 5 * items.filter((i) => i.due).length) }} maxDate={today.date} submitLabel="Save session" bands={painBands(day.rules)} offline askSuddenPain={REINJURY_PRESENTATIONS.includes(day.runner.presentation)} />
    </>
  );
}
