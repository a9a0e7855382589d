import type { Metadata } from "next";
import { ProgrammeView } from "@/components/programme/programme-view";
import { requireRunner } from "@/lib/auth/current-actor";
import { getProgramme } from "@/lib/data/programme";

export const metadata: Metadata = { title: "Home programme" };

export default async function ProgrammePage() {
  const actor = await requireRunner();
  return <ProgrammeView programme={await getProgramme(actor, actor.id)} pdfHref={`/export/runners/${actor.id}/programme.pdf`} />;
}
