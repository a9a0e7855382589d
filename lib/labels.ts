import type { Presentation } from "@/db/schema";

/** Words a clinician and a runner read for the stored enum values. */
export const presentationLabel: Record<Presentation, string> = {
  hamstring_strain: "Hamstring strain",
  cramp: "Cramp",
  referred_lumbar: "Referred pain from the lower back",
  tight_hamstrings: "Tight hamstrings",
  neural_tension: "Sciatic nerve tension",
};

export const sideLabel = { left: "Left", right: "Right", both: "Both sides" } as const;

export function doseLabel(d: { sets: number; reps: number | null; holdSeconds: number | null; daysPerWeek: number; weekdays?: number[] }) {
  const per = d.reps != null ? `${d.sets} × ${d.reps}` : `${d.sets} × ${d.holdSeconds} s hold`;
  const days = d.weekdays && d.weekdays.length > 0 ? `${d.weekdays.length} set days a week` : d.daysPerWeek >= 7 ? "every day" : `${d.daysPerWeek} days a week`;
  return `${per}, ${days}`;
}

export const categoryLabel = {
  nerve_glide: "Nerve glide",
  stretch: "Stretch",
  strength: "Strength",
  eccentric: "Eccentric loading",
  soft_tissue: "Soft tissue",
  running: "Running",
} as const;

export const painRuleLabel = {
  standard: "Standard: pain during 0-2 safe, up to 5 acceptable; next morning no worse",
  neural: "Neural: light tension only; provoked pain above 2 is amber, above 5 red",
} as const;
