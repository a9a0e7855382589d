import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgrammeView } from "@/components/programme/programme-view";
import { requireClinician } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/data/actor";
import { getProgramme } from "@/lib/data/programme";

export const metadata: Metadata = { title: "Home programme" };

export default async function ClinicProgrammePage({ params }: { params: Promise<{ runnerId: string }> }) {
  const actor = await requireClinician();
  const { runnerId } = await params;
  const programme = await getProgramme(actor, runnerId).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return <ProgrammeView programme={programme} pdfHref={`/export/runners/${runnerId}/programme.pdf`} />;
}
