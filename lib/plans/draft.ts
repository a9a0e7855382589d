/** Prescriptions (from a plan version or a template phase) as the plan builder's editable rows. */
export function toDraftItems(items: { exerciseId: string; sets: number; reps?: number | null; holdSeconds?: number | null; daysPerWeek: number; weekdays?: number[]; notes?: string }[]) {
  return items.map((i) => ({
    exerciseId: i.exerciseId,
    sets: String(i.sets),
    reps: i.reps == null ? "" : String(i.reps),
    holdSeconds: i.holdSeconds == null ? "" : String(i.holdSeconds),
    daysPerWeek: String(i.daysPerWeek),
    weekdays: i.weekdays ?? [],
    notes: i.notes ?? "",
  }));
}
