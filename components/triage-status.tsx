import type { Triage } from "@/lib/rules/triage";

const badge: Record<Triage["status"], { text: string; className: string }> = {
  urgent: { text: "Urgent: red flag", className: "bg-urgent text-white" },
  red: { text: "Red", className: "bg-pain-red text-white" },
  amber: { text: "Amber", className: "bg-pain-amber text-white" },
  green: { text: "Green", className: "bg-pain-green text-white" },
  stopped: { text: "Stopped logging", className: "bg-slate-600 text-white" },
};
const chipTone = {
  urgent: "border-urgent bg-urgent-50 font-semibold text-urgent",
  red: "border-pain-red text-pain-red",
  amber: "border-pain-amber text-pain-amber",
  stopped: "border-slate-500 text-slate-700",
  green: "border-pain-green text-pain-green",
} as const;

/** The status in words (never colour alone), then the reasons as short chips. */
export function TriageStatus({ triage }: { triage: Triage }) {
  return (
    <div className="flex flex-col items-start gap-1">
      <span className={`rounded px-2 py-0.5 text-xs font-semibold ${badge[triage.status].className}`}>
        {badge[triage.status].text}
        {triage.worsening && triage.status !== "red" && triage.status !== "urgent" ? ", worsening" : ""}
      </span>
      {triage.chips.length > 0 ? (
        <ul className="flex flex-wrap gap-1" aria-label="Reasons">
          {triage.chips.map((c) => (
            <li key={c.text} className={`rounded-full border px-2 text-xs ${chipTone[c.tone]}`}>
              {c.text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
