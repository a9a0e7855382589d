import { getLocale } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { importRunFiles } from "@/lib/import-run-files";
import { SHARED_FILES_FIELD } from "@/lib/offline/shared-runs";
import { isSameOrigin } from "@/lib/same-origin";

/*
 * The manifest's share target, when the share reaches the server: on the installed app the service worker
 * takes it first (lib/offline/sw.ts), so this is the phone whose worker is not running yet. The files are
 * read for the signed-in runner as the import page reads them, and the runner lands where the page would
 * send them: the one new run's pain scores, or the import page saying what became of the files.
 */
export const dynamic = "force-dynamic";

/**
 * A share comes from the phone itself (Sec-Fetch-Site "none") or from StrideBack's own pages; a multipart
 * post from another site, which could carry the runner's cookie, is refused.
 */
function fromPhoneOrSelf(request: Request) {
  const site = request.headers.get("sec-fetch-site");
  if (site === "none" || isSameOrigin(request)) return true;
  return site == null && !request.headers.has("origin");
}

const to = (request: Request, path: string) => Response.redirect(new URL(path, request.url), 303);

export async function POST(request: Request) {
  if (!fromPhoneOrSelf(request)) return new Response("Share run files from your watch's app to StrideBack itself.", { status: 403 });
  const actor = await getActor();
  // Without a session the files cannot be kept for later: the runner signs in and shares again.
  if (!actor || actor.role !== "runner") return to(request, "/login?callbackUrl=%2Flog%2Frun%2Fimport");
  const form = await request.formData().catch(() => null);
  const imported = await importRunFiles(form?.getAll(SHARED_FILES_FIELD) ?? [], await getLocale(), actor);
  if (imported.next) return to(request, imported.next);
  const { waiting, refused, already } = imported.counts;
  return to(request, `/log/run/import?${new URLSearchParams({ shared: "read", waiting: String(waiting), refused: String(refused), already: String(already) })}`);
}

/** Opened by hand: the import page. */
export function GET(request: Request) {
  return to(request, "/log/run/import");
}
