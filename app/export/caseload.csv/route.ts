import { getActor } from "@/lib/auth/current-actor";
import { caseloadLogsCsv } from "@/lib/data/exports";
import { recordExport } from "@/lib/data/audit";
import { today } from "@/lib/dates";

/*
 * GET /export/caseload.csv: every log of every runner on the clinician's roster, streamed runner by
 * runner (constant memory for thousands of runners). Clinicians only; recorded in the audit trail.
 */
export const dynamic = "force-dynamic";

export async function GET() {
  const actor = await getActor();
  if (!actor || actor.role !== "clinician") return new Response("Not found", { status: 404 });
  const stream = await caseloadLogsCsv(actor);
  await recordExport(actor, "caseload-csv", null);
  return new Response(stream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="strideback-caseload-${today()}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
