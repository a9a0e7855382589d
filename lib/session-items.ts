import { doseLabel } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/locales";
import { exerciseInWords } from "@/lib/i18n/exercise-words";
import { illustrationOf } from "@/lib/illustrations/src";

/** One row of the exercise session form. */
export interface SessionItem {
  prescriptionId: string;
  name: string;
  dose: string;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  /** Due today: listed first; left unticked, it is logged as skipped. Others are "not today" unless ticked. */
  due: boolean;
  neural: boolean;
  /** The library's drawing of the exercise, shown beside its row. */
  picture: { src: string; alt: string } | null;
}

interface PlanItem {
  prescription: { id: string; sets: number; reps: number | null; holdSeconds: number | null; daysPerWeek: number; weekdays: number[] };
  exercise: { clinicId: string | null; name: string; painRule: "standard" | "neural"; illustration: string | null; illustrationAlt?: string | null };
}

/** The rows of the exercise session form, from a plan's prescriptions. */
export function toSessionItems<T extends PlanItem>(items: T[], isDue: (item: T) => boolean, locale: Locale): SessionItem[] {
  return items.map((item) => {
    const exercise = exerciseInWords(item.exercise, locale);
    return {
      prescriptionId: item.prescription.id,
      name: exercise.name,
      dose: doseLabel(item.prescription, locale),
      sets: item.prescription.sets,
      reps: item.prescription.reps,
      holdSeconds: item.prescription.holdSeconds,
      due: isDue(item),
      neural: exercise.painRule === "neural",
      picture: illustrationOf(exercise, locale),
    };
  });
}
