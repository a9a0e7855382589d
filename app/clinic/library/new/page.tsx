import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireClinician } from "@/lib/auth/current-actor";
import { createExerciseAction } from "../../actions";
import { ExerciseForm } from "../exercise-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("library"))("addTitle") };
}

export default async function NewExercisePage() {
  await requireClinician();
  const t = await getTranslations("library");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t("addCustom")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("visible")}</p>
      <ExerciseForm action={createExerciseAction} defaults={{ defaultSets: "3", defaultDaysPerWeek: "3" }} submitLabel={t("save")} />
    </>
  );
}
