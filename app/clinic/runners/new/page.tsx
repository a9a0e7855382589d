import type { Metadata } from "next";
import { requireClinician } from "@/lib/auth/current-actor";
import { timeZoneNames, today } from "@/lib/dates";
import { NewRunnerForm } from "./new-runner-form";

export const metadata: Metadata = { title: "Add a runner" };

export default async function NewRunnerPage() {
  await requireClinician();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Add a runner</h1>
      <NewRunnerForm today={today()} zones={timeZoneNames()} />
    </>
  );
}
