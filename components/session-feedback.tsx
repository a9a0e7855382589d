import type { PainPoint } from "@/lib/data/recovery";
import { adviceFor, sessionLight } from "@/lib/rules/traffic-light";

const tone = { green: "border-pain-green", amber: "border-pain-amber", red: "border-pain-red" } as const;

/** After a log: the session's traffic light in plain words, and that tomorrow morning still counts. */
export function SessionFeedback({ session }: { session: PainPoint }) {
  const verdict = sessionLight(session);
  const { title, advice } = adviceFor[verdict.light];
  return (
    <section role="status" aria-label="Your session" className={`mb-4 rounded-lg border-l-4 bg-white p-4 shadow-sm ${tone[verdict.light]}`}>
      <p className="font-semibold">Saved. {title}</p>
      <p className="text-sm text-slate-700">{advice}</p>
      {verdict.awaitingMorning ? (
        <p className="mt-1 text-xs text-slate-600">Tomorrow morning&apos;s check-in completes the picture: pain that has not settled by then means the load was too much.</p>
      ) : null}
    </section>
  );
}
