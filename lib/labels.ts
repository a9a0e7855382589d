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
