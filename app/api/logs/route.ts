import { z } from "zod";
import { getActor } from "@/lib/auth/current-actor";
import { DatabaseUnavailableError, isConnectionError } from "@/db/health";
import { DATABASE_DOWN, inReadersWords } from "@/lib/form-result";
import { said } from "@/lib/i18n/said";
import { ENTRY_KINDS, outcomeOf, outcomeResponse, submitEntry } from "@/lib/submit-entry";

/*
 * POST /api/logs: one runner entry as JSON, for the installable app's offline queue. The body carries the
 * same fields the form would post, so the same parse, authorization and idempotency apply:
 *   { "kind": "run" | "session" | "checkin" | "worry" | "measure", "fields": [["clientId", "…"], ["date", "2026-11-23"], …] }
 * 201: stored; 200: already stored under that client id (nothing new); 400: refused, with errors beside
 * fields; 401: not signed in; 503: the database did not answer, send again later.
 * JSON only: a cross-site form cannot send it without a CORS preflight, which this route never grants.
 */
export const dynamic = "force-dynamic";

const bodySchema = z.object({
  kind: z.enum(ENTRY_KINDS),
  fields: z.array(z.tuple([z.string().max(200), z.string().max(5_000)])).max(400),
});

export async function POST(request: Request) {
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return Response.json({ message: "Send the entry as application/json." }, { status: 415 });
  }
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ message: "The entry is not in the expected shape." }, { status: 400 });
  let actor;
  try {
    actor = await getActor();
  } catch (error) {
    if (isConnectionError(error) || error instanceof DatabaseUnavailableError) return Response.json({ message: await inReadersWords(DATABASE_DOWN) }, { status: 503 });
    throw error;
  }
  if (!actor || actor.role !== "runner") return Response.json({ message: await inReadersWords(said("signInAsRunner")) }, { status: 401 });
  const formData = new FormData();
  for (const [key, value] of body.data.fields) formData.append(key, value);
  const result = await submitEntry(body.data.kind, formData, actor);
  return outcomeResponse(await outcomeOf(result), result.ok && result.value.duplicate);
}
