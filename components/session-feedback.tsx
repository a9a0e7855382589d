import type { PainPoint } from "@/lib/data/recovery";
import { adviceFor, describeReason } from "@/lib/rules/traffic-light";

const tone = { green: "border-pain-green", amber: "border-pain-amber", red: "border-pain-red" } as const;

/** After a log: the session's traffic light in plain words, why, and that tomorrow morning still counts. */
export function SessionFeedback({ session }: { session: PainPoint }) {
  const { verdict } = session;
  const { title, advice } = adviceFor[verdict.light];
  return (
    <section role="status" aria-label="Your session" className={`mb-4 rounded-lg border-l-4 bg-white p-4 shadow-sm ${tone[verdict.light]}`}>
      <p className="font-semibold">Saved. {title}{verdict.provisional ? " for now" : ""}</p>
      <p className="text-sm text-slate-700">{advice}</p>
      {verdict.reasons.length > 0 ? <p className="mt-1 text-sm text-slate-700">Why: {verdict.reasons.map(describeReason).join("; ")}.</p> : null}
      {verdict.provisional ? (
        <p className="mt-1 text-xs text-slate-600">
          Provisional: waiting for tomorrow morning&apos;s check-in. Pain that has not settled by then means the load was too much.
        </p>
      ) : null}
    </section>
  );
}
