import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { randomUUID } from "node:crypto";
import { CheckinForm } from "@/components/forms/checkin-form";
import { requireRunner } from "@/lib/auth/session";
import { getToday } from "@/lib/data/today";
import { checkinAction } from "../log/actions";

export const metadata: Metadata = { title: "Morning check-in" };

export default async function CheckinPage() {
  const actor = await requireRunner();
  const today = await getToday(actor);
  if (!today) notFound();
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Morning check-in</h1>
      <p className="mb-4 text-sm text-slate-600">
        {today.yesterdaysLogs.length > 0
          ? `Yesterday you logged ${today.yesterdaysLogs.map((l) => (l.kind === "run" ? `a ${l.distanceKm} km run` : "an exercise session")).join(" and ")}. How does it feel this morning, 24 hours on?`
          : "How does it feel this morning?"}
      </p>
      {today.checkin ? <p className="mb-4 rounded-md bg-brand-50 p-3 text-sm">You checked in this morning already: saving again updates it.</p> : null}
      <CheckinForm
        action={checkinAction}
        clientId={randomUUID()}
        defaults={{ date: today.date, pain: today.checkin ? String(today.checkin.pain) : undefined, stiffness: today.checkin ? String(today.checkin.stiffness) : undefined }}
        maxDate={today.date}
        submitLabel="Save check-in"
      />
    </>
  );
}
