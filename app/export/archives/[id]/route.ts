import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { openDataExport } from "@/lib/data/data-exports";
import { isNotFound } from "@/lib/errors";

/*
 * GET /export/archives/:id: a data archive ("Download my data", or a clinician's copy for a runner), for the
 * one who asked for it while it lasts; anyone else, or an unknown id, gets 404, and an expired one 410.
 */
export const dynamic = "force-dynamic";

export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Not found", { status: 404 });
  try {
    const opened = await openDataExport(actor, (await params).id);
    if (opened === "expired") return new Response((await getTranslations("data"))("archiveGone"), { status: 410, headers: { "content-type": "text/plain; charset=utf-8" } });
    return new Response(opened.body, {
      headers: {
        "content-type": "application/zip",
        "content-length": String(opened.length),
        "content-disposition": `attachment; filename="${opened.filename}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isNotFound(error)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
