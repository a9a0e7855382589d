import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { RunLogForm } from "@/components/forms/run-log-form";
import { notFound } from "next/navigation";
import { requireRunner } from "@/lib/auth/session";
import { getRunnerDay } from "@/lib/data/today";
import { REINJURY_PRESENTATIONS } from "@/lib/rules/red-flags";
import { painBands } from "@/lib/rules/thresholds";
import { logRunAction } from "../actions";

export const metadata: Metadata = { title: "Log a run" };

export default async function LogRunPage() {
  const day = await getRunnerDay(await requireRunner());
  if (!day) notFound();
  const date = day.today;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Log a run</h1>
      {/* A new id per form: a double tap or a retry of this same form stores one run. */}
      <RunLogForm action={logRunAction} clientId={randomUUID()} defaults={{ date }} maxDate={date} submitLabel="Save run" bands={painBands(day.rules)} offline askSuddenPain={REINJURY_PRESENTATIONS.includes(day.runner.presentation)} />
    </>
  );
}
