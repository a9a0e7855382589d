import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { LefsForm } from "@/components/lefs/lefs-form";
import { requireRunner } from "@/lib/auth/current-actor";
import { getLefs } from "@/lib/data/lefs";
import { getRunnerDay } from "@/lib/data/today";
import { formatDay } from "@/lib/date-format";
import { timingWords } from "@/lib/outcomes/timing-words";
import { saveLefsAction } from "./actions";

export const metadata: Metadata = { title: "How your legs are managing" };

export default async function LefsPage() {
  const actor = await requireRunner();
  const [lefs, day] = await Promise.all([getLefs(actor, actor.id), getRunnerDay(actor)]);
  if (day?.runner.dischargedOn) {
    return (
      <>
        <h1 className="mb-1 text-2xl font-semibold">How your legs are managing</h1>
        <p role="status" className="rounded-md bg-brand-50 p-3 text-sm">
          Your physio discharged you on {formatDay(day.runner.dischargedOn)}: there is no questionnaire to fill. Your scores stay on your progress page.
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">How your legs are managing</h1>
      <p className="mb-4 text-sm text-slate-600">
        The Lower Extremity Functional Scale: 20 everyday activities. It takes about three minutes, and your physio reads the total, out of 80, beside your pain.
        {lefs.schedule ? ` Your physio asks for it ${timingWords(lefs.schedule)}.` : ""}
        {!lefs.due && lefs.nextDue && lefs.nextDue > lefs.today ? ` The next one is due ${formatDay(lefs.nextDue)}; you can fill one now as well.` : ""}
      </p>
      <LefsForm action={saveLefsAction} clientId={randomUUID()} />
    </>
  );
}
