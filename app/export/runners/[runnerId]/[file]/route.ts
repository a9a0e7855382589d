import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { isNotFound } from "@/lib/errors";
import { buildExport, EXPORTS, isExportFile } from "@/lib/export/files";
import { withRequestMemo } from "@/lib/request-memo";

/*
 * GET /export/runners/:runnerId/:file: programme.pdf, report.pdf, logs.csv or fhir.json, for the runner
 * themselves or a clinician caring for them; anyone else gets 404.
 */
export const dynamic = "force-dynamic";

export async function GET(_: Request, context: { params: Promise<{ runnerId: string; file: string }> }) {
  // One read (and one audited view) of the runner for the whole file, however many series it draws.
  return withRequestMemo(() => download(context));
}

async function download({ params }: { params: Promise<{ runnerId: string; file: string }> }) {
  const { runnerId, file } = await params;
  const [actor, locale] = await Promise.all([getActor(), getLocale()]);
  if (!actor || !isExportFile(file)) return new Response("Not found", { status: 404 });
  try {
    const { body, filename } = await buildExport(actor, runnerId, file, locale);
    return new Response(body as BodyInit, {
      headers: {
        "content-type": EXPORTS[file].type,
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isNotFound(error)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
