import type { PainRules } from "@/lib/rules/thresholds";
import type { Triage } from "@/lib/rules/triage";
import { reasonsForRunner, statusForRunner } from "@/lib/rules/status-words";

const tone = { green: "border-pain-green", amber: "border-pain-amber", red: "border-pain-red", urgent: "border-urgent", stopped: "border-slate-500" } as const;

/** The runner's status over days, as their physio sees it, in plain words with its advice and reasons. */
export function OwnStatus({ triage, rules }: { triage: Triage; rules: PainRules }) {
  const words = statusForRunner(triage, rules);
  const reasons = reasonsForRunner(triage);
  return (
    <section aria-labelledby="own-status-heading" className={`mb-4 rounded-lg border-l-4 bg-white p-4 shadow-sm ${tone[words.tone]}`}>
      <h2 id="own-status-heading" className="font-semibold">
        Your status: {words.title}
      </h2>
      <p className="text-sm text-slate-700">{words.advice}</p>
      {reasons.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 text-sm text-slate-700" aria-label="Why">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-1 text-xs text-slate-600">The same judgement your physio sees, over your last days of logs.</p>
    </section>
  );
}
