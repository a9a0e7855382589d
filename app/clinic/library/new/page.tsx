import type { Metadata } from "next";
import { requireClinician } from "@/lib/auth/current-actor";
import { createExerciseAction } from "../../actions";
import { ExerciseForm } from "../exercise-form";

export const metadata: Metadata = { title: "Add an exercise" };

export default async function NewExercisePage() {
  await requireClinician();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Add a custom exercise</h1>
      <p className="mb-4 text-sm text-slate-600">Visible to clinicians of your clinic only.</p>
      <ExerciseForm action={createExerciseAction} defaults={{ defaultSets: "3", defaultDaysPerWeek: "3" }} submitLabel="Save exercise" />
    </>
  );
}
