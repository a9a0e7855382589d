import { getActor } from "@/lib/auth/current-actor";
import { DatabaseUnavailableError, isConnectionError } from "@/db/health";
import { readRunFiles, saveRunFromFile } from "@/lib/data/run-files";
import { attempt, DATABASE_DOWN, inReadersWords } from "@/lib/form-result";
import { RUN_FILE_LIMIT_BYTES } from "@/lib/runs/reading";
import { runFileSaid } from "@/lib/runs/refusal-words";
import { said } from "@/lib/i18n/said";
import { isSameOrigin } from "@/lib/same-origin";
import { afterLog, outcomeOf, outcomeResponse } from "@/lib/submit-entry";
import { parseForm, readForm } from "@/lib/validation/form-data";
import { runFromFileSchema } from "@/lib/validation/run-files";

/*
 * POST /api/run-files: a run from the watch that waited in the phone's outbox (components/offline): the
 * file as `file`, and the runner's answers as the form's fields (clientId, painDuring, painAfter, rpe,
 * notes, suddenPain). The server reads the file again (its reading is the one stored) and saves the run,
 * exactly as the import page does: the same file twice is one run, a run already typed by hand is
 * refused with the way to add the file to it. Answers as POST /api/logs does: 201 stored, 200 already
 * stored, 400 refused (with a message), 401 not signed in, 403 not from StrideBack's own pages, 503 later.
 */
export const dynamic = "force-dynamic";

/** A refusal in the reader's words: the outbox shows it as it comes. */
const refused = async (message: string) => outcomeResponse({ status: "refused", message: await inReadersWords(message), errors: {} });

export async function POST(request: Request) {
  // A multipart form is one a cross-site page can send unasked: only StrideBack's own pages may.
  if (!isSameOrigin(request)) return Response.json({ message: "Send run files from StrideBack itself." }, { status: 403 });
  const form = await request.formData().catch(() => null);
  if (!form) return refused(said("runFile.unreadable"));
  let actor;
  try {
    actor = await getActor();
  } catch (error) {
    if (isConnectionError(error) || error instanceof DatabaseUnavailableError) return Response.json({ status: "retry", message: await inReadersWords(DATABASE_DOWN) }, { status: 503 });
    throw error;
  }
  if (!actor || actor.role !== "runner") return Response.json({ message: await inReadersWords(said("signInAsRunner")) }, { status: 401 });
  // Not `instanceof File`: the form's parser brings its own File class on Node 20.
  const file = form.get("file");
  if (file == null || typeof file === "string" || file.size === 0) return refused(runFileSaid("empty"));
  if (file.size > RUN_FILE_LIMIT_BYTES) return refused(runFileSaid("size"));
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await attempt({}, { success: true, data: [{ name: file.name, bytes }] }, readRunFiles, { actor });
  if (!read.ok) return outcomeResponse(await outcomeOf(read));
  const [outcome] = read.value;
  if (!outcome || outcome.status === "refused") return refused(runFileSaid(outcome?.refusal ?? "empty"));
  if (outcome.file.sessionLogId) return outcomeResponse({ status: "sent", id: outcome.file.sessionLogId, next: `/today?logged=${outcome.file.sessionLogId}` }, true);
  const fields = readForm(form);
  const saved = await attempt(fields.values, parseForm(fields, runFromFileSchema, { ...fields.values, runFileId: outcome.file.id }), saveRunFromFile, { retrySafe: true, actor });
  return outcomeResponse(await outcomeOf(saved.ok ? { ...saved, next: afterLog(saved.value) } : saved), saved.ok && saved.value.duplicate);
}
