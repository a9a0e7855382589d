import { doseLabel } from "@/lib/labels";

/** One row of the exercise session form. */
export interface SessionItem {
  prescriptionId: string;
  name: string;
  dose: string;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  /** Due today: listed first and marked done by default. Others are "not today" unless chosen. */
  due: boolean;
  neural: boolean;
}

interface PlanItem {
  prescription: { id: string; sets: number; reps: number | null; holdSeconds: number | null; daysPerWeek: number; weekdays: number[] };
  exercise: { name: string; painRule: "standard" | "neural" };
}

/** The rows of the exercise session form, from a plan's prescriptions. */
export function toSessionItems<T extends PlanItem>(items: T[], isDue: (item: T) => boolean): SessionItem[] {
  return items.map((item) => ({
    prescriptionId: item.prescription.id,
    name: item.exercise.name,
    dose: doseLabel(item.prescription),
    sets: item.prescription.sets,
    reps: item.prescription.reps,
    holdSeconds: item.prescription.holdSeconds,
    due: isDue(item),
    neural: item.exercise.painRule === "neural",
  }));
}
