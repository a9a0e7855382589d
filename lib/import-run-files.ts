import "server-only";
import type { Actor } from "@/lib/data/actor";
import { readRunFiles } from "@/lib/data/run-files";
import { formatDay } from "@/lib/date-format";
import { attempt } from "@/lib/form-result";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import { RUN_FILE_LIMIT_BYTES, type RunFileRefusal, sizeRefusals } from "@/lib/runs/reading";
import { runFileRefusalWords } from "@/lib/runs/refusal-words";
import type { FormState } from "@/lib/validation/form-state";

/*
 * Run files as they arrive, whatever carries them: the import page's form, or a share from the watch's app
 * that reached the server without the phone's service worker. Sizes are checked before a byte is read;
 * each file is read for the signed-in runner (lib/data/run-files), and what became of it said in a sentence
 * in the runner's language.
 */
export interface Imported {
  /** One new run and nothing else to say: straight on to its pain scores. */
  next?: string;
  /** Otherwise what the form shows: the refusals beside the field, or how many runs wait. */
  state: FormState;
  counts: { waiting: number; refused: number; already: number };
}

const refusedAll = (messages: string[]): Imported => ({ state: { code: "invalid", errors: { files: messages } }, counts: { waiting: 0, refused: messages.length, already: 0 } });

export async function importRunFiles(entries: FormDataEntryValue[], locale: Locale, actor?: Actor): Promise<Imported> {
  const t = wordsFor(locale, "refusals");
  const refusals = runFileRefusalWords(locale);
  const line = ({ name, refusal }: { name: string | null; refusal: RunFileRefusal }) => (name ? t("runFile.ofFile", { name, refusal: refusals[refusal] }) : refusals[refusal]);
  const files = entries.filter((f): f is File => typeof f !== "string" && f.size > 0);
  if (files.length === 0) return refusedAll([refusals.empty]);
  // A file over the limit is refused by its size alone; the rest together are held to one import's size.
  const bySize = sizeRefusals(files);
  const refusedForSize = bySize.map(line);
  const fitting = files.filter((f) => f.size <= RUN_FILE_LIMIT_BYTES);
  if (fitting.length === 0 || bySize.some((r) => r.refusal === "total")) return refusedAll(refusedForSize);
  const readable = await Promise.all(fitting.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  const result = await attempt({}, { success: true, data: readable }, readRunFiles, { actor });
  if (!result.ok) return { state: result.state, counts: { waiting: 0, refused: 0, already: 0 } };
  const refused = [...refusedForSize, ...result.value.flatMap((o) => (o.status === "refused" ? [line(o)] : []))];
  const read = result.value.flatMap((o) => (o.status === "refused" ? [] : [{ name: o.name, file: o.file }]));
  const already = read.filter((o) => o.file.sessionLogId).map((o) => t("runFile.alreadySaved", { name: o.name, date: formatDay(o.file.date, locale) }));
  const waiting = read.filter((o) => !o.file.sessionLogId);
  const counts = { waiting: waiting.length, refused: refused.length, already: already.length };
  if (waiting.length === 1 && refused.length === 0 && already.length === 0) return { next: `/log/run/import/${waiting[0]!.file.id}`, state: {}, counts };
  if (refused.length > 0) return { state: { code: "invalid", errors: { files: [...refused, ...already] } }, counts };
  return { state: { shown: already, message: waiting.length > 0 ? t("runFile.waiting", { count: waiting.length }) : t("runFile.nothingNew") }, counts };
}
