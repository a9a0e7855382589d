"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { said } from "@/lib/i18n/said";
import { attempt } from "@/lib/form-result";
import { addRunFileToRun, discardRunFile, saveRunFromFile } from "@/lib/data/run-files";
import { importRunFiles } from "@/lib/import-run-files";
import { saved } from "@/lib/saved";
import { afterLog } from "@/lib/submit-entry";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";
import { runFromFileSchema } from "@/lib/validation/run-files";

/*
 * Runs from the watch. Each action validates again, takes the runner from the session, and leaves
 * ownership to lib/data/run-files. Reading the same file twice keeps one; saving twice stores one run.
 */

const idSchema = z.object({ runFileId: z.uuid(said("runFile.chooseFileAgain")), runId: z.uuid(said("runFile.chooseRunAgain")).optional() });

export async function readRunFilesAction(_: FormState, formData: FormData): Promise<FormState> {
  const imported = await importRunFiles(formData.getAll("files"), await getLocale());
  if (imported.next) return saved(imported.next);
  revalidatePath("/log/run/import");
  return imported.state;
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
