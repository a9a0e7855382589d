import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgrammeView } from "@/components/programme/programme-view";
import { requireClinician } from "@/lib/auth/current-actor";
import { isNotFound } from "@/lib/errors";
import { getProgramme } from "@/lib/data/programme";

export const metadata: Metadata = { title: "Home programme" };

export default async function ClinicProgrammePage({ params }: { params: Promise<{ runnerId: string }> }) {
  const actor = await requireClinician();
  const { runnerId } = await params;
  const programme = await getProgramme(actor, runnerId).catch((error) => {
    if (isNotFound(error)) notFound();
    throw error;
  });
  return <ProgrammeView programme={programme} pdfHref={`/export/runners/${runnerId}/programme.pdf`} />;
}
