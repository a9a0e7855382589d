import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requireRunner } from "@/lib/auth/session";
import { getClinicContact } from "@/lib/data/red-flags";
import { telHref } from "@/lib/labels";
import { WorryForm } from "./worry-form";

export const metadata: Metadata = { title: "Something new or worrying?" };

/** Every red-flag question, whatever the runner's presentation: always one tap from today. */
export default async function WorryPage() {
  const actor = await requireRunner();
  const clinic = await getClinicContact(actor);
  return (
    <>
      <h1 className="mb-1 text-2xl font-semibold">Something new or worrying?</h1>
      <p className="mb-4 text-sm text-slate-600">
        Most aches during rehab are expected. A few signs are not a rehab problem and need a clinician soon. Tick any that are new for you; your
        physio sees your answer straight away.
      </p>
      <WorryForm clientId={randomUUID()} clinic={clinic} />
      <p className="mt-4 text-sm text-slate-700">
        Need to talk to someone now?{" "}
        {clinic?.phone ? (
          <>
            Call {clinic.name} on <a href={telHref(clinic.phone)} className="font-semibold underline">{clinic.phone}</a>.
          </>
        ) : (
          "Call your clinic."
        )}{" "}
        This check does not replace your physio or a doctor.
      </p>
    </>
  );
}
