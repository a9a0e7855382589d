import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireClinician } from "@/lib/auth/current-actor";
import { getExercise } from "@/lib/data/exercises";
import { listExerciseMedia } from "@/lib/data/media";
import { updateExerciseAction } from "../../../actions";
import { ExerciseForm } from "../../exercise-form";
import { MediaSection } from "./media-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("library"))("editTitle") };
}

export default async function EditExercisePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ media?: string }> }) {
  const actor = await requireClinician();
  const { id } = await params;
  const { media: notice } = await searchParams;
  const exercise = await getExercise(actor, id);
  // The global library is read-only, and another clinic's exercise does not exist for you.
  if (!exercise?.editable) notFound();
  const [media, t] = await Promise.all([listExerciseMedia(actor, [exercise.id]), getTranslations("library")]);
  const s = (n: number | null) => (n == null ? "" : String(n));
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("editing", { name: exercise.name })}</h1>
      <ExerciseForm
        action={updateExerciseAction.bind(null, exercise.id)}
        presentations={exercise.presentations}
        defaults={{ name: exercise.name, category: exercise.category, instructions: exercise.instructions, cues: exercise.cues, defaultSets: s(exercise.defaultSets), defaultReps: s(exercise.defaultReps), defaultHoldSeconds: s(exercise.defaultHoldSeconds), defaultDaysPerWeek: s(exercise.defaultDaysPerWeek), doseNotes: exercise.doseNotes, painRule: exercise.painRule }}
        submitLabel={t("saveChanges")}
      />
      <MediaSection exerciseId={exercise.id} media={media} notice={notice} />
    </>
  );
}
