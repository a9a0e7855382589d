import { getActor } from "@/lib/auth/current-actor";
import { isNotFound } from "@/lib/errors";
import { addExerciseMedia } from "@/lib/data/media";
import { MediaRefused } from "@/lib/media/process";
import { isSameOrigin } from "@/lib/same-origin";
import { requiredText } from "@/lib/validation/fields";

/*
 * POST /api/exercises/:id/media: a photo or short video for one of the clinic's exercises, posted by the
 * form on the exercise's edit page (multipart, so it works without JavaScript). Not a server action:
 * those are capped at 1 MB for every form, and a video needs 25. Answers with a redirect back to the
 * form, saying what happened; another clinic's exercise is 404.
 */
export const dynamic = "force-dynamic";

// Refused by its code ("alt"): the edit page says why, in the clinician's words.
const altSchema = requiredText("altText", 300);

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return new Response("Uploads come from StrideBack's own pages.", { status: 403 });
  const actor = await getActor();
  if (!actor || actor.role !== "clinician") return new Response("Not found", { status: 404 });
  const { id } = await params;
  const back = (result: string) => Response.redirect(new URL(`/clinic/library/${id}/edit?media=${result}#media`, request.url), 303);
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  const alt = altSchema.safeParse(form?.get("alt") ?? "");
  if (!(file instanceof File) || file.size === 0) return back("empty");
  if (!alt.success) return back("alt");
  try {
    await addExerciseMedia(actor, id, { bytes: Buffer.from(await file.arrayBuffer()), altText: alt.data });
  } catch (error) {
    if (isNotFound(error)) return new Response("Not found", { status: 404 });
    if (error instanceof MediaRefused) return back(error.reason);
    throw error;
  }
  return back("added");
}

