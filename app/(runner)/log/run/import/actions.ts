"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formatDay } from "@/lib/date-format";
import { attempt } from "@/lib/form-result";
import { addRunFileToRun, discardRunFile, readRunFiles, saveRunFromFile } from "@/lib/data/run-files";
import { saved } from "@/lib/saved";
import { afterLog } from "@/lib/submit-entry";
import { RUN_FILE_LIMIT_BYTES, RUN_FILE_REFUSALS } from "@/lib/runs/reading";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";
import { runFromFileSchema } from "@/lib/validation/run-files";

/*
 * Runs from the watch. Each action validates again, takes the runner from the session, and leaves
 * ownership to lib/data/run-files. Reading the same file twice keeps one; saving twice stores one run.
 */

const idSchema = z.object({ runFileId: z.uuid("Choose the run file again."), runId: z.uuid("Choose the run again.").optional() });

export async function readRunFilesAction(_: FormState, formData: FormData): Promise<FormState> {
  const files = formData.getAll("files").filter((f): f is File => typeof f !== "string" && f.size > 0);
  // A file over the limit is refused by its size alone, before a byte of it is read.
  const tooLarge = files.filter((f) => f.size > RUN_FILE_LIMIT_BYTES);
  const readable = await Promise.all(files.filter((f) => f.size <= RUN_FILE_LIMIT_BYTES).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  if (files.length === 0) return { code: "invalid", errors: { files: [RUN_FILE_REFUSALS.empty] } };
  const refusedForSize = tooLarge.map((f) => `${f.name}: ${RUN_FILE_REFUSALS.size}`);
  if (readable.length === 0) return { code: "invalid", errors: { files: refusedForSize } };
  const result = await attempt({}, { success: true, data: readable }, readRunFiles);
  if (!result.ok) return result.state;
  const refused = [...refusedForSize, ...result.value.filter((o) => o.status === "refused").map((o) => `${o.name}: ${o.message}`)];
  const read = result.value.flatMap((o) => (o.status === "refused" ? [] : [{ name: o.name, file: o.file }]));
  const already = read.filter((o) => o.file.sessionLogId).map((o) => `${o.name}: already saved as your run of ${formatDay(o.file.date)}, not stored again.`);
  const waiting = read.filter((o) => !o.file.sessionLogId);
  // One run read and nothing to say about the rest: straight on to its pain scores.
  if (waiting.length === 1 && refused.length === 0 && already.length === 0) return saved(`/log/run/import/${waiting[0]!.file.id}`);
  revalidatePath("/log/run/import");
  if (refused.length > 0) return { code: "invalid", errors: { files: [...refused, ...already] } };
  return { shown: already, message: waiting.length > 0 ? `${waiting.length} run${waiting.length === 1 ? "" : "s"} waiting for your pain scores, below.` : "Nothing new to save." };
}

export async function saveRunFromFileAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, runFromFileSchema), saveRunFromFile, { retrySafe: true });
  return result.ok ? saved(afterLog(result.value)) : result.state;
}

export async function addRunFileToRunAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, idSchema), (actor, input) => addRunFileToRun(actor, input.runFileId, input.runId ?? ""), { retrySafe: true });
  return result.ok ? saved(`/today?logged=${result.value.id}`) : result.state;
}

export async function discardRunFileAction(_: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData);
  const result = await attempt(read.values, parseForm(read, idSchema), (actor, input) => discardRunFile(actor, input.runFileId));
  return result.ok ? saved("/log/run/import?discarded=1") : result.state;
}
