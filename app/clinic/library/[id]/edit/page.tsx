import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireClinician } from "@/lib/auth/current-actor";
import { getExercise } from "@/lib/data/exercises";
import { listExerciseMedia } from "@/lib/data/media";
import { updateExerciseAction } from "../../../actions";
import { ExerciseForm } from "../../exercise-form";
import { MediaSection } from "./media-section";

export const metadata: Metadata = { title: "Edit exercise" };

export default async function EditExercisePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ media?: string }> }) {
  const actor = await requireClinician();
  const { id } = await params;
  const { media: notice } = await searchParams;
  const exercise = await getExercise(actor, id);
  // The global library is read-only, and another clinic's exercise does not exist for you.
  if (!exercise?.editable) notFound();
  const media = await listExerciseMedia(actor, [exercise.id]);
  const s = (n: number | null) => (n == null ? "" : String(n));
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Edit {exercise.name}</h1>
      <ExerciseForm
        action={updateExerciseAction.bind(null, exercise.id)}
        presentations={exercise.presentations}
        defaults={{ name: exercise.name, category: exercise.category, instructions: exercise.instructions, cues: exercise.cues, defaultSets: s(exercise.defaultSets), defaultReps: s(exercise.defaultReps), defaultHoldSeconds: s(exercise.defaultHoldSeconds), defaultDaysPerWeek: s(exercise.defaultDaysPerWeek), doseNotes: exercise.doseNotes, painRule: exercise.painRule }}
        submitLabel="Save changes"
      />
      <MediaSection exerciseId={exercise.id} media={media} notice={notice} />
    </>
  );
}
