import { getActor } from "@/lib/auth/current-actor";
import { openMediaFile } from "@/lib/data/media";
import { IMAGE_WIDTHS, type MediaFile } from "@/lib/media/limits";

/*
 * GET /media/:id/:file: an exercise photo (w320.webp, w640.webp, w1024.webp) or video ("video"), for
 * whoever may see the exercise and nobody else (404, as for a file that does not exist). Videos answer
 * byte ranges, so a phone can start playing and seek without downloading the whole file.
 */
export const dynamic = "force-dynamic";

const FILES = new Set<string>([...IMAGE_WIDTHS.map((w) => `w${w}.webp`), "video"]);
const notFound = () => new Response("Not found", { status: 404 });

export async function GET(request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  if (!FILES.has(file)) return notFound();
  const actor = await getActor();
  if (!actor) return notFound();
  const opened = await openMediaFile(actor, id, file as MediaFile, request.headers.get("range"));
  if (opened.status === "missing") return notFound();
  if (opened.status === "unsatisfiable") return new Response(null, { status: 416, headers: { "content-range": `bytes */${opened.size}` } });
  const headers = new Headers({
    "content-type": opened.media.contentType,
    "content-length": String(opened.length),
    // Private: a clinic's material for its own patients, kept by this browser only.
    "cache-control": "private, max-age=86400",
    "content-disposition": "inline",
  });
  if (file === "video") headers.set("accept-ranges", "bytes");
  if (!opened.range) return new Response(opened.body, { headers });
  headers.set("content-range", `bytes ${opened.range.start}-${opened.range.end}/${opened.media.byteSize}`);
  return new Response(opened.body, { status: 206, headers });
}
