import type { PainPoint } from "@/lib/data/recovery";
import { holdsBack, reasonsForRunner, statusForRunner } from "@/lib/rules/status-words";
import type { PainRules } from "@/lib/rules/thresholds";
import { adviceForSession, describeBaseline, describeReason } from "@/lib/rules/traffic-light";
import type { Triage } from "@/lib/rules/triage";

const tone = { green: "border-pain-green", amber: "border-pain-amber", red: "border-pain-red", urgent: "border-urgent", stopped: "border-slate-500" } as const;

/**
 * After a log: the session's traffic light in plain words, why, what it was compared with, and that
 * tomorrow morning still counts. A green session never reads "keep going" while the runner's status over
 * days is red, worsening or urgent: it says the session was within the limits, and what still stands.
 */
export function SessionFeedback({ session, status, rules }: { session: PainPoint; status: Triage | null; rules: PainRules }) {
  const { verdict } = session;
  const overall = status && verdict.light === "green" && holdsBack(status) ? statusForRunner(status, rules) : null;
  const { title, advice } = overall
    ? { title: "This session was within your limits", advice: `But your status is still ${overall.title.toLowerCase()}. ${overall.advice}` }
    : adviceForSession(verdict.light, rules);
  const heldBack = overall != null;
  const standing = overall && status ? reasonsForRunner(status) : [];
  return (
    <section role="status" aria-label="Your session" className={`mb-4 rounded-lg border-l-4 bg-white p-4 shadow-sm ${tone[overall?.tone ?? verdict.light]}`}>
      <p className="font-semibold">
        Saved. {title}
        {verdict.provisional && !heldBack ? " for now" : ""}
      </p>
      <p className="text-sm text-slate-700">{advice}</p>
      {standing.length > 0 ? <p className="mt-1 text-sm text-slate-700">Still standing: {standing.join("; ")}.</p> : null}
      {verdict.reasons.length > 0 ? <p className="mt-1 text-sm text-slate-700">Why: {verdict.reasons.map(describeReason).join("; ")}.</p> : null}
      <p className="mt-1 text-xs text-slate-600">Judged {describeBaseline(session)}.</p>
      {verdict.provisional ? (
        <p className="mt-1 text-xs text-slate-600">
          Provisional: waiting for tomorrow morning&apos;s check-in. Pain that has not settled by then means the load was too much.
        </p>
      ) : null}
    </section>
  );
}
