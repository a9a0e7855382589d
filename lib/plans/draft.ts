/*
 * Prescriptions as the plan builder edits them, and back. A set's dose is one of four kinds; the builder
 * shows one field for it, and the form posts only that one (the others blank, stored as null).
 */
export const DOSE_KINDS = ["reps", "holdSeconds", "durationSeconds", "distanceMetres"] as const;
export type DoseKind = (typeof DOSE_KINDS)[number];

export interface DraftItem {
  exerciseId: string;
  sets: string;
  doseKind: DoseKind;
  dose: string;
  daysPerWeek: string;
  timesPerDay: string;
  weekdays: number[];
  notes: string;
}

type Stored = { exerciseId: string; sets: number; daysPerWeek: number; timesPerDay?: number; weekdays?: number[]; notes?: string } & Partial<Record<DoseKind, number | null>>;

/** Prescriptions (from a plan version or a template phase) as the plan builder's editable rows. */
export function toDraftItems(items: Stored[]): DraftItem[] {
  return items.map((i) => {
    const doseKind = DOSE_KINDS.find((k) => i[k] != null) ?? "reps";
    return {
      exerciseId: i.exerciseId,
      sets: String(i.sets),
      doseKind,
      dose: i[doseKind] == null ? "" : String(i[doseKind]),
      daysPerWeek: String(i.daysPerWeek),
      timesPerDay: String(i.timesPerDay ?? 1),
      weekdays: i.weekdays ?? [],
      notes: i.notes ?? "",
    };
  });
}

/** A builder row as the plan form posts it: the chosen dose in its own field. */
export function toPostedItem({ doseKind, dose, ...rest }: DraftItem) {
  return { ...rest, ...Object.fromEntries(DOSE_KINDS.map((k) => [k, k === doseKind ? dose : ""])) };
}
