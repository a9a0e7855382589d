import "server-only";
import type { Actor } from "@/lib/data/actor";
import { readRunFiles } from "@/lib/data/run-files";
import { formatDay } from "@/lib/date-format";
import { attempt } from "@/lib/form-result";
import { RUN_FILE_LIMIT_BYTES, RUN_FILE_REFUSALS, sizeRefusals } from "@/lib/runs/reading";
import type { FormState } from "@/lib/validation/form-state";

/*
 * Run files as they arrive, whatever carries them: the import page's form, or a share from the watch's app
 * that reached the server without the phone's service worker. Sizes are checked before a byte is read;
 * each file is read for the signed-in runner (lib/data/run-files), and what became of it said in a sentence.
 */
export interface Imported {
  /** One new run and nothing else to say: straight on to its pain scores. */
  next?: string;
  /** Otherwise what the form shows: the refusals beside the field, or how many runs wait. */
  state: FormState;
  counts: { waiting: number; refused: number; already: number };
}

const refusedAll = (messages: string[]): Imported => ({ state: { code: "invalid", errors: { files: messages } }, counts: { waiting: 0, refused: messages.length, already: 0 } });

export async function importRunFiles(entries: FormDataEntryValue[], actor?: Actor): Promise<Imported> {
  const files = entries.filter((f): f is File => typeof f !== "string" && f.size > 0);
  if (files.length === 0) return refusedAll([RUN_FILE_REFUSALS.empty]);
  // A file over the limit is refused by its size alone; the rest together are held to one import's size.
  const refusedForSize = sizeRefusals(files);
  const fitting = files.filter((f) => f.size <= RUN_FILE_LIMIT_BYTES);
  if (fitting.length === 0 || refusedForSize.includes(RUN_FILE_REFUSALS.total)) return refusedAll(refusedForSize);
  const readable = await Promise.all(fitting.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const result = await attempt({}, { success: true, data: readable }, readRunFiles, { actor });
  if (!result.ok) return { state: result.state, counts: { waiting: 0, refused: 0, already: 0 } };
  const refused = [...refusedForSize, ...result.value.filter((o) => o.status === "refused").map((o) => `${o.name}: ${o.message}`)];
  const read = result.value.flatMap((o) => (o.status === "refused" ? [] : [{ name: o.name, file: o.file }]));
  const already = read.filter((o) => o.file.sessionLogId).map((o) => `${o.name}: already saved as your run of ${formatDay(o.file.date)}, not stored again.`);
  const waiting = read.filter((o) => !o.file.sessionLogId);
  const counts = { waiting: waiting.length, refused: refused.length, already: already.length };
  if (waiting.length === 1 && refused.length === 0 && already.length === 0) return { next: `/log/run/import/${waiting[0]!.file.id}`, state: {}, counts };
  if (refused.length > 0) return { state: { code: "invalid", errors: { files: [...refused, ...already] } }, counts };
  return { state: { shown: already, message: waiting.length > 0 ? `${waiting.length} run${waiting.length === 1 ? "" : "s"} waiting for your pain scores, below.` : "Nothing new to save." }, counts };
}
