import Link from "next/link";
import { formatDay } from "@/lib/date-format";

interface MissingMorning {
  sessionDate: string;
  morning: string;
  kind: "exercise" | "run";
  pain: number;
}

/** First thing on today: a painful session is only judged once the runner says how the next morning felt. */
export function MissingMornings({ mornings }: { mornings: MissingMorning[] }) {
  return (
    <section aria-labelledby="missing-mornings" className="mb-4 rounded-lg border-l-4 border-pain-amber bg-white p-4 shadow-sm">
      <h2 id="missing-mornings" className="font-semibold">
        How did the next morning feel?
      </h2>
      <p className="mb-3 text-sm text-slate-700">After a painful session, the next morning tells your physio whether the load was right. Please check in for:</p>
      <ul className="flex flex-col gap-2">
        {mornings.map((m) => (
          <li key={m.sessionDate}>
            <Link href={`/check-in?date=${m.morning}`} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white">
              Check in for the morning of {formatDay(m.morning)}
            </Link>
            <span className="mt-1 block text-xs text-slate-600">
              after pain {m.pain} in your {m.kind === "run" ? "run" : "exercises"} on {formatDay(m.sessionDate)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
